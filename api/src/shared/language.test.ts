import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language';

describe('detectLanguage', () => {
  it('tells English, Norwegian and Swedish apart', () => {
    expect(detectLanguage('The delivery was three days late and nobody told us.')).toBe('en');
    expect(detectLanguage('Leveransen kom tre dager for sent og ingen ga beskjed.')).toBe('nb');
    expect(detectLanguage('Leveransen kom tre dagar för sent och ingen hörde av sig.')).toBe('sv');
    expect(detectLanguage('Kundeservice svarte raskt og var hyggelige')).toBe('nb');
    expect(detectLanguage('Kundtjänst svarade snabbt och var trevliga')).toBe('sv');
    expect(detectLanguage('ok')).toBeNull();
    expect(detectLanguage(null)).toBeNull();
  });

});
