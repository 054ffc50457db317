/**
 * The hostile bodies `npm run bench` measures memory on: each family fills `bytes` (1 MiB in the bench) with the
 * shape that costs a parser most per byte, inside a callback the decoder accepts (the filler sits in an
 * unmodelled `Extra` node of an unknown Tag, which the decoder keeps whole), so the figure is what a full decode
 * costs, not what an early refusal costs.
 */

/** One hostile body, and the raw parser a user would otherwise run on it. */
export interface Family {
  readonly name: string;
  readonly format: 'xml' | 'json';
  readonly body: string;
  /** Why the family is not held to the target, when it is a documented exception. */
  readonly exception?: string;
}

/** A TaskFinish of an unknown Tag whose `Extra` node holds `filler`. */
const xmlAround = (filler: string): string =>
  `<Response><EventName>TaskFinish</EventName><JobsDetail><JobId>j1</JobId><Tag>Hostile</Tag><Extra>${filler}</Extra></JobsDetail></Response>`;

const jsonAround = (filler: string): string =>
  `{"EventName":"TaskFinish","JobsDetail":{"JobId":"j1","Tag":"Hostile","Extra":[${filler}]}}`;

/** `unit` repeated as often as fits in `bytes` minus the envelope (every unit is ASCII: length is bytes). */
function fill(bytes: number, around: (filler: string) => string, unit: string, separator = ''): string {
  const room = bytes - around('').length;
  const count = Math.max(1, Math.floor((room + separator.length) / (unit.length + separator.length)));
  return around(Array.from({ length: count }, () => unit).join(separator));
}

/**
 * The deepest a body may nest is 64 levels (`MAX_DEPTH`), the root object or element included; `Extra` is the
 * third level, so a filler unit nests 61 levels below it.
 */
const UNIT_DEPTH = 61;

/** Every family, `bytes` long (give or take one unit). */
export function hostileFamilies(bytes: number): Family[] {
  const nestedXml = `${'<a>'.repeat(UNIT_DEPTH - 1)}<a>x</a>${'</a>'.repeat(UNIT_DEPTH - 1)}`;
  const line = 'Lorem ipsum dolor sit amet, consectetur &amp; adipiscing elit &lt;sed&gt; do eiusmod\n';
  return [
    {
      name: 'JSON nested arrays',
      format: 'json',
      body: fill(bytes, jsonAround, `${'['.repeat(UNIT_DEPTH)}${']'.repeat(UNIT_DEPTH)}`, ','),
    },
    {
      name: 'JSON nested arrays, a number in each',
      format: 'json',
      body: fill(bytes, jsonAround, `${'['.repeat(UNIT_DEPTH)}0${']'.repeat(UNIT_DEPTH)}`, ','),
    },
    {
      name: 'JSON nested arrays, numbers, an integer key',
      format: 'json',
      exception: 'an integer-like key among others, and numbers: parsed twice',
      body: fill(
        bytes,
        (f) => jsonAround(f).replace('{"JobId"', '{"0":"0","JobId"'),
        `${'['.repeat(UNIT_DEPTH)}0${']'.repeat(UNIT_DEPTH)}`,
        ',',
      ),
    },
    { name: 'XML 64-deep nesting', format: 'xml', body: fill(bytes, xmlAround, nestedXml) },
    { name: 'XML 100k+ siblings', format: 'xml', body: fill(bytes, xmlAround, '<a>x</a>') },
    { name: 'XML mixed content', format: 'xml', body: fill(bytes, xmlAround, 'x<a>y</a>') },
    { name: 'XML one huge text node', format: 'xml', body: fill(bytes, xmlAround, line) },
  ];
}
