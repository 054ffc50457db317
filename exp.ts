import { readdirSync, readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { decodeCallback, encodeCallback } from './src/index';
const dir = '../../shared/tencent-samples';
for (const f of readdirSync(dir)) {
  const r = decodeCallback(readFileSync(`${dir}/${f}`, 'utf8'));
  if (r._tag === 'Left') { console.log(f, r.left); continue; }
  for (const fmt of ['xml', 'json'] as const) for (const pretty of [true, false]) {
    const body = encodeCallback(r.right, fmt, { pretty });
    const back = decodeCallback(body);
    const ok = back._tag === 'Right' && isDeepStrictEqual(back.right, r.right);
    if (!ok) console.log(f, fmt, pretty, 'MISMATCH', body.slice(0, 300));
  }
}
console.log(encodeCallback(decodeCallback(readFileSync(`${dir}/Workflow-101702c0.json`, 'utf8')).right as any, 'xml', {declaration: true}));
console.log(encodeCallback(decodeCallback(readFileSync(`${dir}/PicProcess-bdc1ab64.json`, 'utf8')).right as any, 'xml').slice(0, 1500));
