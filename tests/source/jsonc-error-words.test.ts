/** jsoncErrorWords: every error jsonc-parser can give has words, and an unknown name is kept. */
import { parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { jsoncErrorWords } from '../../src/source/json.js';

function firstError(text: string): string {
  const errors: ParseError[] = [];
  parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  return jsoncErrorWords(printParseErrorCode(errors[0]!.error));
}

describe('jsoncErrorWords', () => {
  it('says what the parser expected, in words', () => {
    expect(firstError('{ "a": 1 "b": 2 }')).toBe("expected ','");
    expect(firstError('[1, 2')).toBe("expected ']'");
    expect(firstError('{ "a" 1 }')).toBe("expected ':'");
    expect(firstError('{ "a": }')).toBe('expected a value');
    expect(firstError('{ 1: 2 }')).toBe('expected a property name in double quotes');
    expect(firstError('{ a: 1 }')).toBe('an unexpected character');
    expect(firstError('{ "a": "b }')).toBe('a string that is not closed');
    expect(firstError('{} []')).toBe('text after the end of the JSON');
  });

  it('keeps a name it does not know', () => {
    expect(jsoncErrorWords('SomethingNew')).toBe('SomethingNew');
  });
});
