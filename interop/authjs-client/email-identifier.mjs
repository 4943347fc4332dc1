// Reads a JSON array of typed email addresses on standard input and writes, for each, the identifier under which
// Auth.js's own email sign-in (@auth/core's Auth, POST /api/auth/signin/email) stores the verification token, or
// the error it answers with: the reference for the starter's normalisation of addresses.
import { Auth, skipCSRFCheck } from "@auth/core";

let identifier;
const adapter = {
  getUserByEmail: async () => null,
  createVerificationToken: async (token) => token,
  useVerificationToken: async () => null,
  createUser: async (user) => user,
  getUser: async () => null,
  getUserByAccount: async () => null,
  updateUser: async (user) => user,
  linkAccount: async (account) => account,
  createSession: async (session) => session,
  getSessionAndUser: async () => null,
  updateSession: async (session) => session,
  deleteSession: async () => null,
};
const config = {
  secret: "an AUTH_SECRET for nothing but this script",
  trustHost: true,
  basePath: "/api/auth",
  skipCSRFCheck,
  adapter,
  logger: { error: () => {}, warn: () => {}, debug: () => {} },
  providers: [
    {
      id: "email",
      type: "email",
      name: "Email",
      maxAge: 86400,
      sendVerificationRequest: async (params) => {
        identifier = params.identifier;
      },
    },
  ],
};

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const results = [];
for (const typed of JSON.parse(Buffer.concat(chunks).toString("utf8"))) {
  identifier = undefined;
  const response = await Auth(
    new Request("http://localhost:3000/api/auth/signin/email", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", "X-Auth-Return-Redirect": "1" },
      body: new URLSearchParams({ email: typed, callbackUrl: "/" }),
    }),
    config,
  );
  const { url } = await response.json();
  results.push(identifier !== undefined ? { identifier } : { error: new URL(url).searchParams.get("error") });
}
process.stdout.write(JSON.stringify(results));
