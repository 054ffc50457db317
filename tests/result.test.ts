import { expectTypeOf } from 'expect-type';
import * as E from 'fp-ts/Either';
import { pipe } from 'fp-ts/function';
import { decodeCallback, type CallbackError, type CallbackResponse, type Result } from '../src/index';

describe('Result', () => {
  it('is structurally fp-ts Either', () => {
    expectTypeOf<Result<CallbackError, CallbackResponse>>().toEqualTypeOf<
      E.Either<CallbackError, CallbackResponse>
    >();
  });

  it('can be passed to fp-ts functions as is', () => {
    const jobId = pipe(
      decodeCallback('{"EventName":"TaskFinish","JobsDetail":{"JobId":"j1","Tag":"Transcode"}}'),
      E.map((callback) =>
        callback.EventName === 'TaskFinish' ? callback.JobsDetail.JobId : (callback.EventName ?? 'Simple'),
      ),
      E.getOrElse(() => 'none'),
    );
    expect(jobId).toBe('j1');
    expect(
      pipe(
        decodeCallback('nope'),
        E.mapLeft((e) => e._tag),
        E.swap,
      ),
    ).toEqual(E.right('UnsupportedFormat'));
  });

  it('types the decoded values as the contract says', () => {
    const result = decodeCallback('');
    if (result._tag === 'Right' && result.right.EventName === 'TaskFinish') {
      const job = result.right.JobsDetail;
      expectTypeOf(job.JobId).toEqualTypeOf<string>();
      expectTypeOf(job.CreationTime).toEqualTypeOf<Date | undefined>();
      expectTypeOf(job.Input?.CosHeaders).toEqualTypeOf<
        readonly { readonly Key: string; readonly Value?: string }[] | undefined
      >();
    }
    if (result._tag === 'Right' && result.right.EventName === 'WorkflowFinish') {
      expectTypeOf(result.right.WorkflowExecution.RunId).toEqualTypeOf<string>();
    }
    expect(result._tag).toBe('Left');
  });
});
