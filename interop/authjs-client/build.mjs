// Bundles next-auth/react for a plain page, offline, as a Next.js app's bundler would for the browser.
import { build } from "esbuild";

await build({
  entryPoints: ["next-auth-client.mjs"],
  bundle: true,
  format: "iife",
  platform: "browser",
  // next-auth/react reads NEXTAUTH_URL at load time; in a browser without it, it calls the same origin's /api/auth.
  define: { "process.env": JSON.stringify({ NODE_ENV: "production" }) },
  logLevel: "warning",
  outfile: "dist/next-auth-client.js",
});
