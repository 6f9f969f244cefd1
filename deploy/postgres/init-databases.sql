-- One database per service: no service reads another's data. The postgres image runs this
-- only when its data volume is empty (`docker-compose down -v` to run it again).
CREATE DATABASE membership;
CREATE DATABASE resolutions;
CREATE DATABASE events;
