-- Issue 18: a family language is added as one catalogue file (services/portal/locales/<code>/family.ftl);
-- the portal checks a family's language against the catalogues it was built with, so the table
-- keeps only the form of a language code instead of a list that would need a migration per language.
alter table families drop constraint families_language_check;
alter table families add constraint families_language_check check (language ~ '^[a-z]{2,3}$');
