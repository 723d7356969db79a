// What the global setup hands every test file (vitest's provide/inject), typed.
export {};

declare module 'vitest' {
  export interface ProvidedContext {
    /** a superuser connection to the test server's maintenance database */
    chorusAdminUrl: string;
    /** the migrated database each test file copies */
    chorusTemplate: string;
  }
}
