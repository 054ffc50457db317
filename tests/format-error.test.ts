import { formatCallbackError, type CallbackError } from '../src/index';

describe('formatCallbackError', () => {
  it('renders every error tag for a person', () => {
    const errors: CallbackError[] = [
      { _tag: 'TooLarge', size: 2_000_000, limit: 1_048_576 },
      { _tag: 'TooLarge', size: 1_064_960, limit: 1_048_576, sizeIsLowerBound: true },
      { _tag: 'InvalidEncoding', message: 'the body is not valid UTF-8 (first bad byte at offset 2)' },
      { _tag: 'UnsupportedFormat', message: 'the body is empty' },
      { _tag: 'MalformedXml', message: "Unclosed tag 'Response'.", line: 1, column: 1 },
      { _tag: 'MalformedXml', message: 'elements nest deeper than 64 levels' },
      { _tag: 'MalformedJson', message: 'Unexpected end of JSON input' },
      { _tag: 'MalformedJson', message: 'Unexpected token', position: 12 },
      { _tag: 'UnsupportedEvent', eventName: 'AuditFinish' },
      {
        _tag: 'InvalidCallback',
        issues: [{ path: 'JobsDetail.JobId', expected: 'text', actual: 'nothing' }],
      },
      {
        _tag: 'InvalidCallback',
        issues: [
          {
            path: '',
            expected: 'an object with EventName TaskFinish or WorkflowFinish',
            actual: 'a list of 1',
          },
          { path: 'JobsDetail.Input.CosHeaders[1].Key', expected: 'text', actual: 'nothing' },
        ],
      },
    ];
    expect(errors.map(formatCallbackError).join('\n')).toMatchInlineSnapshot(`
      "Body too large: 2000000 bytes, the limit is 1048576.
      Body too large: more than 1048576 bytes, the limit is 1048576.
      Invalid encoding: the body is not valid UTF-8 (first bad byte at offset 2)
      Unsupported format: the body is empty
      Malformed XML at line 1, column 1: Unclosed tag 'Response'.
      Malformed XML: elements nest deeper than 64 levels
      Malformed JSON: Unexpected end of JSON input
      Malformed JSON at position 12: Unexpected token
      Unsupported event "AuditFinish": expected TaskFinish or WorkflowFinish.
      Invalid callback (1 issue):
        JobsDetail.JobId: expected text, got nothing
      Invalid callback (2 issues):
        (root): expected an object with EventName TaskFinish or WorkflowFinish, got a list of 1
        JobsDetail.Input.CosHeaders[1].Key: expected text, got nothing"
    `);
  });
});
