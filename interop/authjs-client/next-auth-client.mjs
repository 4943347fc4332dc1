// The functions of Auth.js's browser client that a page calls, exactly as next-auth/react exports them, for the
// real-client browser test to call from the page it opens on the Spring app.
import { getCsrfToken, getProviders, getSession, signIn, signOut } from "next-auth/react";

window.nextAuthReact = { getCsrfToken, getProviders, getSession, signIn, signOut };
