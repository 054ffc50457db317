import { readBody, sniffFormat } from '../src/body';

const bytes = (...values: number[]): Uint8Array => new Uint8Array(values);

describe('readBody', () => {
  it('passes text through and drops a BOM', () => {
    expect(readBody('<a/>')).toEqual({ _tag: 'Right', right: '<a/>' });
    expect(readBody('\uFEFF<a/>')).toEqual({ _tag: 'Right', right: '<a/>' });
  });

  it('decodes UTF-8 bytes and drops a BOM', () => {
    const encoded = new TextEncoder().encode('\uFEFF<a>你好</a>');
    expect(readBody(encoded)).toEqual({ _tag: 'Right', right: '<a>你好</a>' });
  });

  it('refuses what is neither text nor bytes, saying what it got', () => {
    const refused = (body: unknown) => readBody(body as string);
    expect(refused(42)).toEqual({
      _tag: 'Left',
      left: { _tag: 'UnsupportedFormat', message: 'expected a string or a Uint8Array, got a number' },
    });
    const messages = [undefined, null, [], {}, new ArrayBuffer(1)].map(
      (body) => (refused(body) as { left: { message: string } }).left.message,
    );
    expect(messages.map((m) => m.replace('expected a string or a Uint8Array, got ', ''))).toEqual([
      'undefined',
      'null',
      'an array',
      'an object',
      'an object',
    ]);
  });

  it('refuses bytes that are not UTF-8, saying where', () => {
    expect(readBody(bytes(0x3c, 0x61, 0xff, 0x3e))).toMatchInlineSnapshot(`
      {
        "_tag": "Left",
        "left": {
          "_tag": "InvalidEncoding",
          "message": "the body is not valid UTF-8 (first bad byte at offset 2)",
        },
      }
    `);
    // A real U+FFFD before the bad byte does not confuse the offset.
    const good = new TextEncoder().encode('\uFFFD!');
    expect(readBody(new Uint8Array([...good, 0xc3]))).toMatchObject({
      left: { message: expect.stringContaining('offset 4') },
    });
  });

  it('refuses overlong encodings and lone surrogates in bytes', () => {
    expect(readBody(bytes(0xc0, 0xaf))).toMatchObject({ left: { _tag: 'InvalidEncoding' } });
    expect(readBody(bytes(0xed, 0xa0, 0x80))).toMatchObject({ left: { _tag: 'InvalidEncoding' } });
  });

  it('measures the limit in UTF-8 bytes, for text and bytes alike', () => {
    const text = '你'.repeat(10); // 30 bytes
    expect(readBody(text, 30)._tag).toBe('Right');
    expect(readBody(text, 29)).toEqual({ _tag: 'Left', left: { _tag: 'TooLarge', size: 30, limit: 29 } });
    expect(readBody(new TextEncoder().encode(text), 29)).toEqual({
      _tag: 'Left',
      left: { _tag: 'TooLarge', size: 30, limit: 29 },
    });
    expect(readBody('😀', 3)).toEqual({ _tag: 'Left', left: { _tag: 'TooLarge', size: 4, limit: 3 } });
  });

  it('defaults the limit to 1 MiB', () => {
    expect(readBody('x'.repeat(1024 * 1024))._tag).toBe('Right');
    expect(readBody('x'.repeat(1024 * 1024 + 1))).toMatchObject({
      left: { _tag: 'TooLarge', limit: 1048576 },
    });
  });

  it('refuses a body that is neither text nor bytes instead of throwing', () => {
    expect(readBody({} as unknown as string)).toMatchObject({ left: { _tag: 'UnsupportedFormat' } });
    expect(readBody(null as unknown as string)).toMatchObject({ left: { _tag: 'UnsupportedFormat' } });
  });
});

describe('sniffFormat', () => {
  it.each([
    ['<Response/>', 'xml'],
    ['  \r\n\t<?xml version="1.0"?><Response/>', 'xml'],
    ['{"EventName":"TaskFinish"}', 'json'],
    [' [{}]', 'json'],
  ])('sniffs %j as %s', (text, format) => {
    expect(sniffFormat(text)).toEqual({ _tag: 'Right', right: format });
  });

  it('keeps a forced format whatever the text', () => {
    expect(sniffFormat('{}', 'xml')).toEqual({ _tag: 'Right', right: 'xml' });
    expect(sniffFormat('<a/>', 'json')).toEqual({ _tag: 'Right', right: 'json' });
  });

  it('names what it found when it is neither', () => {
    expect(sniffFormat('EventName=TaskFinish')).toMatchInlineSnapshot(`
      {
        "_tag": "Left",
        "left": {
          "_tag": "UnsupportedFormat",
          "message": "the body starts with "E", neither XML (<) nor JSON ({ or [)",
        },
      }
    `);
    expect(sniffFormat(' \n ')).toMatchObject({ left: { message: 'the body is empty' } });
  });
});
