/** "Did you mean": what counts as a close file name or bookmark (src/text/similar.ts). */
import { describe, expect, it } from 'vitest';
import { closestId, editDistance, isCloseId, isCloseName, typoDistance } from '../../src/text/similar.js';

describe('isCloseName', () => {
  it.each([
    ['overvew.md', 'overview.md'],
    ['setpu.md', 'setup.md'],
    ['my files.md', 'my file.md'],
    ['support-matrix.md', 'Support-Matrix.md'],
    ['migrate-support-matrx.md', 'migrate-support-matrix.md'],
  ])('%s -> %s is a likely typo', (name, candidate) => expect(isCloseName(name, candidate)).toBe(true));

  it.each([
    ['upgrade-cluster.md', 'auto-upgrade-cluster.md'], // a word added
    ['run-command-cli.md', 'run-command.md'], // a word dropped
    ['conceptual-gitops-ci-cd.md', 'conceptual-gitops-argocd.md'], // words replaced
    ['create-data-controller-indirect-cli.md', 'create-data-controller-direct-cli.md'], // a prefix dropped
    ['deeper.md', 'deep.md'], // a suffix dropped
    ['container-registry-artifact-cache.md', 'container-registry-artifact-streaming.md'], // another word
    ['a.md', 'b.md'], // one-letter words
    ['overview.md', 'overview.yml'], // another extension
  ])('%s -> %s names another page', (name, candidate) => expect(isCloseName(name, candidate)).toBe(false));
});

describe('isCloseId and closestId', () => {
  it('accepts case, a third of the length in edits, and words added at an end', () => {
    expect(isCloseId('SLA', 'sla')).toBe(true);
    expect(isCloseId('own-headin', 'own-heading')).toBe(true);
    expect(isCloseId('public-cloud', 'supported-geographies-public-cloud')).toBe(true);
    expect(isCloseId('heading-with-custom-id', 'custom-id')).toBe(true);
    expect(isCloseId('nope', 'a')).toBe(false);
    expect(isCloseId('set-the-zone', 'set-the-region')).toBe(false);
  });

  it('prefers a case-only difference, then the fewest edits, then a prefix or suffix match', () => {
    expect(closestId('nope', ['a', 'b'])).toBeUndefined();
    expect(closestId('Intro', ['introduction', 'intro'])).toBe('intro');
    expect(closestId('supported-geographies-2', ['supported-geographies', 'supported-geographies-1'])).toBe(
      'supported-geographies-1',
    );
    expect(closestId('public-cloud', ['a', 'supported-geographies-public-cloud'])).toBe(
      'supported-geographies-public-cloud',
    );
  });
});

describe('edit distances', () => {
  it('a swap is two edits for Levenshtein, one for typoDistance; both stop early past max', () => {
    expect(editDistance('setpu', 'setup')).toBe(2);
    expect(typoDistance('setpu', 'setup')).toBe(1);
    expect(typoDistance('abcdef', 'badcfe')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(typoDistance('a'.repeat(50), 'b'.repeat(50), 2)).toBe(3);
  });
});
