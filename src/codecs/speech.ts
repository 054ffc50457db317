import { exactly } from './exactly';
import { knownJob, type JobsDetailBase } from './job';
import { many } from './many';
import { mediaNodes, type MediaOperation } from './media';
import { UnknownNodesCodec, type UnknownNodes } from './unknown-node';
import { operation } from './operation';
import { struct } from './struct';
import { Text } from './text';

// The speech family: text to speech (Tts) and speech to text (SpeechRecognition).

/** What a Tts job read aloud. */
export interface TtsConfig {
  /** The text, exactly as sent (any Unicode). */
  readonly Input?: string;
  /** `Text` or `Url`. */
  readonly InputType?: string;
}

export const TtsConfigCodec = exactly<TtsConfig>()(struct('TtsConfig', {}, { Input: Text, InputType: Text }));

/** The voice parameters of a Tts job (Go SDK). */
export interface TtsTpl {
  /** `Sync` or `Asyc`. */
  readonly Mode?: string;
  /** The audio codec, such as `mp3`. */
  readonly Codec?: string;
  /** The voice. */
  readonly VoiceType?: string;
  /** Volume. */
  readonly Volume?: string;
  /** Speed. */
  readonly Speed?: string;
}

export const TtsTplCodec = exactly<TtsTpl>()(
  struct('TtsTpl', {}, { Mode: Text, Codec: Text, VoiceType: Text, Volume: Text, Speed: Text }),
);

/** The `Operation` of a Tts job. */
export interface TtsOperation extends MediaOperation {
  /** What was read aloud. */
  readonly TtsConfig?: TtsConfig;
  /** The voice parameters. */
  readonly TtsTpl?: TtsTpl;
}

/** The `JobsDetail` of a Tts job (text to speech); it has no `Input`. */
export interface TtsJob extends JobsDetailBase {
  readonly Tag: 'Tts';
  readonly Operation?: TtsOperation;
}

export const TtsJobCodec = exactly<TtsJob>()(
  knownJob('Tts', operation('Tts', { ...mediaNodes, TtsConfig: TtsConfigCodec, TtsTpl: TtsTplCodec })),
);

/**
 * The result of a SpeechRecognition job. Only the leaves Tencent's SDK names are typed; the detailed results
 * (`FlashResult`, `ResultDetail`, ...) are kept as they came.
 */
export interface SpeechRecognitionResult {
  /** The audio's length in seconds. */
  readonly AudioTime?: string;
  /** The recognised text (XML may repeat the element). */
  readonly Result?: readonly string[];
}

export const SpeechRecognitionResultCodec = exactly<SpeechRecognitionResult>()(
  struct('SpeechRecognitionResult', {}, { AudioTime: Text, Result: many(Text) }),
);

/** The `Operation` of a SpeechRecognition job. */
export interface SpeechRecognitionOperation extends MediaOperation {
  /** The recognition parameters given at submission (`EngineModelType`, ...), as plain data. */
  readonly SpeechRecognition?: UnknownNodes;
  /** The recognised speech. */
  readonly SpeechRecognitionResult?: SpeechRecognitionResult;
}

/** The `JobsDetail` of a SpeechRecognition job (speech to text). */
export interface SpeechRecognitionJob extends JobsDetailBase {
  readonly Tag: 'SpeechRecognition';
  readonly Operation?: SpeechRecognitionOperation;
}

export const SpeechRecognitionJobCodec = exactly<SpeechRecognitionJob>()(
  knownJob(
    'SpeechRecognition',
    operation('SpeechRecognition', {
      ...mediaNodes,
      SpeechRecognition: UnknownNodesCodec,
      SpeechRecognitionResult: SpeechRecognitionResultCodec,
    }),
  ),
);
