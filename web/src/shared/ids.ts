/** A row id as the API gives them out; anything else in a hand-edited URL is dropped, not sent. */
export const isRowId = (value: string): boolean => /^[1-9][0-9]{0,15}$/.test(value);
