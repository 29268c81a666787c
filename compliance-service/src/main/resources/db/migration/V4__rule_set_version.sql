-- One counter for every dated rule table (tax, duty, de minimis, low-value regimes, FX). Each rule change moves it
-- in its own transaction and holds the row lock until commit (so rule changes run one after another on every
-- instance); each instance compares it with the version its in-memory rules were loaded at and reloads on change.
create table rule_set_state (
  id      integer primary key check (id = 1),
  version bigint  not null
);
insert into rule_set_state (id, version) values (1, 1);
