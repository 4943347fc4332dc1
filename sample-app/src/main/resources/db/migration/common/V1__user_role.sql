-- The sample app's own column on the Auth.js users table; the starter's migrations have created the table already.
ALTER TABLE users ADD COLUMN role VARCHAR(20) DEFAULT 'user' NOT NULL;
