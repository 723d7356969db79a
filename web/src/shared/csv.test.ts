import { describe, expect, it } from 'vitest';
import { csvField, csvTable, fileName, toCsv } from './csv';

describe('CSV', () => {
  it('quotes a field only when it must, doubling quotes', () => {
    expect(csvField('Oslo')).toBe('Oslo');
    expect(csvField('Västra Götaland')).toBe('Västra Götaland');
    expect(csvField('Delivery, late')).toBe('"Delivery, late"');
    expect(csvField('The "new" terminal')).toBe('"The ""new"" terminal"');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(' padded')).toBe('" padded"');
    expect(csvField(-12.5)).toBe('-12.5');
    expect(csvField(null)).toBe('');
    expect(csvField(true)).toBe('true');
    expect(csvField(Number.NaN)).toBe('');
  });

  it('keeps a spreadsheet from reading text as a formula', () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
  });

  it('writes a header and CRLF-ended lines', () => {
    expect(toCsv(['a', 'b'], [[1, 'x,y'], [null, 'z']])).toBe('a,b\r\n1,"x,y"\r\n,z\r\n');
  });

  it('writes objects through columns, in the columns\' order', () => {
    const { header, rows } = csvTable(
      [
        { header: 'name', value: (r: { name: string; n: number }) => r.name },
        { header: 'n', value: (r: { name: string; n: number }) => r.n },
      ],
      [{ name: 'Oslo, city', n: 3 }, { name: '-1 refund', n: -1 }],
    );
    expect(toCsv(header, rows)).toBe('name,n\r\n"Oslo, city",3\r\n\'-1 refund,-1\r\n');
  });

  it('names files in plain letters', () => {
    expect(fileName('chorus', 'NPS', 'by-REGION', 'Västra Götaland')).toBe('chorus-nps-by-region-vastra-gotaland');
  });
});
