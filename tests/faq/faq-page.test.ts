import { describe, expect, test } from 'vitest';
import { fileNameSaysFaq, titleSaysFaq } from '../../rules/faq/faq-page.js';
import { normaliseQuestion } from '../../rules/faq/questions.js';

describe('FAQ page detection (pure helpers)', () => {
  test('file names: whole words only', () => {
    const words = ['faq', 'faqs', 'frequently-asked-questions'];
    expect(fileNameSaysFaq('articles/container-registry-faq.md', words)).toBe(true);
    expect(fileNameSaysFaq('docs/build/dll-frequently-asked-questions.yml', words)).toBe(true);
    expect(fileNameSaysFaq('FAQ.md', words)).toBe(true);
    expect(fileNameSaysFaq('faq_general.md', words)).toBe(true);
    expect(fileNameSaysFaq('faqtory.md', words)).toBe(false);
    expect(fileNameSaysFaq('faq/overview.md', words)).toBe(false);
  });

  test('titles: whole words, case-insensitive', () => {
    const phrases = ['FAQ', 'frequently asked questions', 'common questions'];
    expect(titleSaysFaq('Azure Migrate FAQ', phrases)).toBe(true);
    expect(titleSaysFaq('Azure Migrate: Common questions', phrases)).toBe(true);
    expect(titleSaysFaq('Frequently asked questions - Azure Container Registry', phrases)).toBe(true);
    expect(titleSaysFaq('FAQs', phrases)).toBe(false);
    expect(titleSaysFaq('Uncommon questions', phrases)).toBe(false);
    // A hyphen makes a compound word: a tool named faq-lint is not a FAQ page.
    expect(titleSaysFaq('faq-lint rules', phrases)).toBe(false);
    expect(titleSaysFaq('Billing (FAQ)', phrases)).toBe(true);
  });

  test('questions are compared without case, spacing and punctuation', () => {
    expect(normaliseQuestion('  What is   CONTOSO')).toBe(normaliseQuestion('What is Contoso?'));
    expect(normaliseQuestion("What's new?")).toBe('whats new');
    expect(normaliseQuestion('¿Qué es?')).toBe('qué es');
  });
});
