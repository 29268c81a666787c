-- A brand may ship from several origins (e.g. production in Portugal and in China): at most one per country
-- (issue 9, #31). Routing and quotes prefer origins by priority, then code.
drop index stock_location_one_origin;
create unique index stock_location_one_origin_per_country on stock_location (country) where kind = 'ORIGIN';
