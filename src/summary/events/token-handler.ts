import type { Token, TokenizeContext } from 'micromark-util-types';
import type { SummaryBuilder } from './summary-builder.js';

/**
 * What the summariser does when a token of one type enters or exits. Returning `false` declines
 * the page: it uses a DocFX rewrite the event path does not model (an inline include).
 */
export type TokenHandler = (builder: SummaryBuilder, token: Token, context: TokenizeContext) => boolean | void;

/** Handlers by token type, for its enter and its exit event. */
export interface TokenHandlers {
  enter: Readonly<Record<string, TokenHandler>>;
  exit: Readonly<Record<string, TokenHandler>>;
}
