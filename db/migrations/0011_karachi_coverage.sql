-- 0011: Karachi is no district's name; it spans seven districts (db/geography.json, "cities").
-- A service whose area or address names the city now covers those districts, so that a key
-- trusted for Karachi (or Sindh) may publish it. Services indexed before are given that
-- coverage here; their search words follow when they are next changed.

INSERT OR IGNORE INTO service_coverage (service_key, place)
SELECT s.key, p.code
FROM service s JOIN place p ON p.code IN (
    'sd-karachi-central', 'sd-karachi-east', 'sd-karachi-south', 'sd-karachi-west',
    'sd-keamari', 'sd-korangi', 'sd-malir')
WHERE NOT EXISTS (SELECT 1 FROM service_coverage c WHERE c.service_key = s.key
                  AND c.place = 'pk')
  AND (EXISTS (SELECT 1 FROM service_area a WHERE a.root = s.key
               AND lower(trim(a.name)) IN ('karachi', 'karachi division', 'karachi city',
                                           'کراچی'))
       OR EXISTS (SELECT 1 FROM service_at_location sal
                  JOIN location l ON l.id = sal.location_id
                  JOIN address ad ON ad.root = l.key
                  WHERE sal.root = s.key
                    AND lower(trim(ad.city)) IN ('karachi', 'karachi division', 'karachi city',
                                                 'کراچی')
                    AND NOT EXISTS (SELECT 1 FROM place d WHERE d.kind = 'district'
                                    AND lower(d.name) = lower(trim(coalesce(ad.region, ''))))));
