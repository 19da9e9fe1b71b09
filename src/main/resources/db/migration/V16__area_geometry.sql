-- Where an area is (issue 16, the map): its position or boundary as a GeoJSON geometry in WGS84 (Point, Polygon or
-- MultiPolygon), uploaded by the administrator (PUT /api/admin/municipalities/{m}/areas/geometry), checked and
-- written again compactly (six decimals) before it is stored. Null: the area has no place on the map.
-- Portable: H2 2.x and PostgreSQL.
alter table council_area add column geometry varchar(200000);
