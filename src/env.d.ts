declare namespace App {
  interface Locals {
    /** The official signed in, on workspace pages (src/middleware.ts). */
    session?: import('./lib/officials/session-store.ts').SessionOfficial;
    /** Where the request came from, as rate limits count it: the client behind a trusted proxy (src/middleware.ts). */
    clientAddress: string;
  }
}
