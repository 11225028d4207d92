declare namespace App {
  interface Locals {
    /** The official signed in, on workspace pages (src/middleware.ts). */
    session?: import('./lib/officials/session-store.ts').SessionOfficial;
  }
}
