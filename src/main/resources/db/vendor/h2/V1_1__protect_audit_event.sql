-- H2 has no PL trigger language; append-only is enforced by the application (no update path).
select 1;
