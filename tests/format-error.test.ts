import { expectTypeOf } from 'expect-type';
import {
  formatCallbackError,
  type CallbackError,
  type ConfirmError,
  type InvalidCallback,
  type RequestError,
  type Unauthorized,
} from '../src/index';

describe('formatCallbackError', () => {
  it('reads the omitted count, always present on InvalidCallback', () => {
    expectTypeOf<InvalidCallback['omitted']>().toEqualTypeOf<number>();
    const error: InvalidCallback = {
      _tag: 'InvalidCallback',
      issues: [{ path: 'JobsDetail.JobId', expected: 'text', actual: 'nothing' }],
      omitted: 1,
    };
    expect(formatCallbackError(error).split('\n')).toEqual([
      'Invalid callback (2 issues):',
      '  JobsDetail.JobId: expected text, got nothing',
      '  ... and 1 more',
    ]);
  });

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
      { _tag: 'UnsupportedEvent', eventName: 'AuditFinish', expected: ['TaskFinish', 'WorkflowFinish'] },
      {
        _tag: 'UnsupportedEvent',
        eventName: 'ReviewVideo',
        expected: ['TaskFinish', 'WorkflowFinish'],
        family: 'moderation',
      },
      {
        _tag: 'UnsupportedEvent',
        eventName: 'TaskFinish',
        expected: ['ReviewImage', 'ReviewVideo', 'ReviewAudio', 'ReviewText', 'ReviewDocument', 'ReviewHtml'],
        family: 'media',
      },
      {
        _tag: 'InvalidCallback',
        issues: [{ path: 'JobsDetail.JobId', expected: 'text', actual: 'nothing' }],
        omitted: 0,
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
        omitted: 0,
      },
      {
        _tag: 'InvalidCallback',
        issues: [{ path: 'JobsDetail.Input.CosHeaders[0]', expected: 'an object (CosHeader)', actual: '0' }],
        omitted: 129_999,
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
      Unsupported event "ReviewVideo": this decoder reads TaskFinish or WorkflowFinish; "ReviewVideo" is a content moderation callback: decode it with decodeModerationCallback or decodeCallback.
      Unsupported event "TaskFinish": this decoder reads ReviewImage, ReviewVideo, ReviewAudio, ReviewText, ReviewDocument or ReviewHtml; "TaskFinish" is a job or workflow callback: decode it with decodeMediaCallback or decodeCallback.
      Invalid callback (1 issue):
        JobsDetail.JobId: expected text, got nothing
      Invalid callback (2 issues):
        (root): expected an object with EventName TaskFinish or WorkflowFinish, got a list of 1
        JobsDetail.Input.CosHeaders[1].Key: expected text, got nothing
      Invalid callback (130000 issues):
        JobsDetail.Input.CosHeaders[0]: expected an object (CosHeader), got 0
        ... and 129999 more"
    `);
  });
});

describe('formatCallbackError, for the request and confirmation errors', () => {
  it('renders Unauthorized, JobNotFound, JobMismatch and FetchFailed', () => {
    const errors: (RequestError | ConfirmError)[] = [
      { _tag: 'Unauthorized', message: 'the URL has no "token" query parameter' },
      { _tag: 'JobNotFound', jobId: 'j515a494af86111ecb8546d80f2baf56f' },
      { _tag: 'JobMismatch', jobId: 'j515a494af86111ecb8546d80f2baf56f', fields: ['State', 'Code'] },
      { _tag: 'FetchFailed', message: 'connect ECONNREFUSED 127.0.0.1:9' },
    ];
    expect(errors.map(formatCallbackError).join('\n')).toMatchInlineSnapshot(`
     "Unauthorized: the URL has no "token" query parameter
     Job not found: CI does not report job "j515a494af86111ecb8546d80f2baf56f".
     Job mismatch: job "j515a494af86111ecb8546d80f2baf56f" as CI reports it differs from the callback in State, Code.
     Fetching the job failed: connect ECONNREFUSED 127.0.0.1:9"
    `);
  });

  it('accepts them without CallbackError itself growing', () => {
    expectTypeOf(formatCallbackError).parameter(0).toEqualTypeOf<RequestError | ConfirmError>();
    expectTypeOf<Extract<CallbackError, { _tag: 'Unauthorized' | 'JobNotFound' }>>().toBeNever();
    expectTypeOf<RequestError>().toEqualTypeOf<CallbackError | Unauthorized>();
  });
});
