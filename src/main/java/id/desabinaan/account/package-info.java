/**
 * Accounts of staff and village officials: roles and territorial scope, sign-in with
 * lockout, the TOTP second factor, account administration, the audit-log page and demo
 * accounts. Other modules see the signed-in account as
 * {@link id.desabinaan.shared.CurrentUser} and may reuse the password rule
 * {@link id.desabinaan.account.StrongPassword}.
 */
package id.desabinaan.account;
