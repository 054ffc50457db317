import { exactly } from './exactly';
import { knownJob, type JobsDetailBase } from './job';
import { many } from './many';
import { operation, type JobOperation } from './operation';
import { JobOutputCodec, type JobOutput } from './output';
import { struct } from './struct';
import { Text } from './text';

// The language family: jobs on text (Translation, WordsGeneralize). Their input is in `Input.Lang`/`Type`.

/** The parameters of a Translation job. */
export interface Translation {
  /** The target language, such as `en`. */
  readonly Lang?: string;
  /** The output file's type, such as `txt`. */
  readonly Type?: string;
}

export const TranslationCodec = exactly<Translation>()(struct('Translation', {}, { Lang: Text, Type: Text }));

/** The `Operation` of a Translation job. */
export interface TranslationOperation extends JobOperation {
  /** The translation parameters. */
  readonly Translation?: Translation;
  /** Where the translation was written. */
  readonly Output?: JobOutput;
}

/** The `JobsDetail` of a Translation job. */
export interface TranslationJob extends JobsDetailBase {
  readonly Tag: 'Translation';
  readonly Operation?: TranslationOperation;
}

export const TranslationJobCodec = exactly<TranslationJob>()(
  knownJob(
    'Translation',
    operation('Translation', { Translation: TranslationCodec, Output: JobOutputCodec }),
  ),
);

/** The parameters of a WordsGeneralize job. */
export interface WordsGeneralize {
  /** The named-entity method, such as `DL`. */
  readonly NerMethod?: string;
  /** The segmentation method, such as `MIX`. */
  readonly SegMethod?: string;
}

export const WordsGeneralizeCodec = exactly<WordsGeneralize>()(
  struct('WordsGeneralize', {}, { NerMethod: Text, SegMethod: Text }),
);

/** A labelled word (the node's name, `Lable`, is Tencent's spelling). */
export interface WordsGeneralizeLable {
  /** The label's category, such as `地名`. */
  readonly Category?: string;
  /** The word. */
  readonly Word?: string;
}

export const WordsGeneralizeLableCodec = exactly<WordsGeneralizeLable>()(
  struct('WordsGeneralizeLable', {}, { Category: Text, Word: Text }),
);

/** A token of the text. */
export interface WordsGeneralizeToken {
  /** The token's length. */
  readonly Length?: string;
  /** The token's offset in the text. */
  readonly Offset?: string;
  /** Its part of speech, such as `n`. */
  readonly Pos?: string;
  /** The token. */
  readonly Word?: string;
}

export const WordsGeneralizeTokenCodec = exactly<WordsGeneralizeToken>()(
  struct('WordsGeneralizeToken', {}, { Length: Text, Offset: Text, Pos: Text, Word: Text }),
);

/** The result of a WordsGeneralize job; both lists repeat in XML without a wrapper. */
export interface WordsGeneralizeResult {
  /** The labelled words. */
  readonly WordsGeneralizeLable?: readonly WordsGeneralizeLable[];
  /** The tokens. */
  readonly WordsGeneralizeToken?: readonly WordsGeneralizeToken[];
}

export const WordsGeneralizeResultCodec = exactly<WordsGeneralizeResult>()(
  struct(
    'WordsGeneralizeResult',
    {},
    {
      WordsGeneralizeLable: many(WordsGeneralizeLableCodec),
      WordsGeneralizeToken: many(WordsGeneralizeTokenCodec),
    },
  ),
);

/** The `Operation` of a WordsGeneralize job. */
export interface WordsGeneralizeOperation extends JobOperation {
  /** The parameters. */
  readonly WordsGeneralize?: WordsGeneralize;
  /** The result. */
  readonly WordsGeneralizeResult?: WordsGeneralizeResult;
}

/** The `JobsDetail` of a WordsGeneralize job (text segmented and labelled). */
export interface WordsGeneralizeJob extends JobsDetailBase {
  readonly Tag: 'WordsGeneralize';
  readonly Operation?: WordsGeneralizeOperation;
}

export const WordsGeneralizeJobCodec = exactly<WordsGeneralizeJob>()(
  knownJob(
    'WordsGeneralize',
    operation('WordsGeneralize', {
      WordsGeneralize: WordsGeneralizeCodec,
      WordsGeneralizeResult: WordsGeneralizeResultCodec,
    }),
  ),
);
