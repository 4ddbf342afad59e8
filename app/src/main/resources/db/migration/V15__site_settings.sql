-- Settings admins change on /admin/settings (the site's name, publisher, admin address, default disclaimer);
-- a setting not here has its configured default (dossier.site.* properties).
CREATE TABLE site_setting (
    name  VARCHAR(50) NOT NULL PRIMARY KEY,
    value TEXT        NOT NULL
);
