import { decodeCallback, formatCallbackError } from './src/index';
const job = (inner: string) => `<Response><EventName>TaskFinish</EventName><JobsDetail><JobId>j1</JobId><Tag>ExtractDigitalWatermark</Tag>${inner}</JobsDetail></Response>`;
const cases: Record<string, string> = {
  wrongEvent: '<Response><EventName>TaskStart</EventName></Response>',
  missingEvent: '<Response><JobsDetail><JobId>j</JobId></JobsDetail></Response>',
  eventCase: '{"EventName":"taskfinish","JobsDetail":{}}',
  jobsDetailText: '{"EventName":"TaskFinish","JobsDetail":"j1"}',
  jobsDetailList: '{"EventName":"TaskFinish","JobsDetail":[{"JobId":"a","Tag":"Transcode"},{"JobId":"b","Tag":"Transcode"}]}',
  missingJobId: '<Response><EventName>TaskFinish</EventName><JobsDetail><Tag>Transcode</Tag></JobsDetail></Response>',
  missingTag: '<Response><EventName>TaskFinish</EventName><JobsDetail><JobId>j</JobId></JobsDetail></Response>',
  badTime: job('<CreationTime>2022-06-31T18:42:20+0800</CreationTime>'),
  unixTime: '{"EventName":"TaskFinish","JobsDetail":{"JobId":"j","Tag":"Transcode","EndTime":1656585740}}',
  cosHeadersNoKey: job('<Input><CosHeaders><Key>a</Key><Value>b</Value></CosHeaders><CosHeaders><Value>c</Value></CosHeaders></Input>'),
  objectForText: job('<Operation><UserData><A>1</A></UserData></Operation>'),
  objectForText2: '{"EventName":"TaskFinish","JobsDetail":{"JobId":{"Id":"j"},"Tag":"Transcode"}}',
  inputText: job('<Input>input.mp4</Input>'),
  workflowNoRunId: '{"EventName":"WorkflowFinish","WorkflowExecution":{"WorkflowId":"w"}}',
  workflowTasksBadTime: '{"EventName":"WorkflowFinish","WorkflowExecution":{"RunId":"r","Tasks":[{"CreateTime":"2022-08-09 14:54:17+0800"},{"CreateTime":"yesterday"}]}}',
  rootArray: '[{"EventName":"TaskFinish"}]',
  wrongRoot: '<Callback><EventName>TaskFinish</EventName></Callback>',
  eventList: '{"EventName":["TaskFinish"],"JobsDetail":{"JobId":"j","Tag":"T"}}',
  boolTag: '{"EventName":"TaskFinish","JobsDetail":{"JobId":"j","Tag":true}}',
  operationText: job('<Operation>done</Operation>'),
  unknownOpText: '<Response><EventName>TaskFinish</EventName><JobsDetail><JobId>j</JobId><Tag>Foo</Tag><Operation>done</Operation></JobsDetail></Response>',
  watermarkText: job('<Operation><ExtractDigitalWatermark>abc</ExtractDigitalWatermark></Operation>'),
  nullJobsDetail: '{"EventName":"TaskFinish","JobsDetail":null}',
};
for (const [k, body] of Object.entries(cases)) {
  const r = decodeCallback(body);
  console.log('##', k, '\n' + (r._tag === 'Left' ? formatCallbackError(r.left) : 'RIGHT ' + JSON.stringify(r.right)));
}
