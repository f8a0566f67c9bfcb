#!/bin/bash
# Run once by the MariaDB image on an empty data directory: one schema and one user per service
# (a service reaches only its own schema), and Debezium's replication user for the outbox relay.
# Names and passwords come from the same Secrets the services and Kafka Connect read.
set -euo pipefail
sql() { mariadb --protocol=socket -uroot -p"${MARIADB_ROOT_PASSWORD}" "$@"; }
# schema user password
for entry in "auth ${AUTH_DB_USER} ${AUTH_DB_PASSWORD}" \
             "store ${STORE_DB_USER} ${STORE_DB_PASSWORD}" \
             "orders ${ORDER_DB_USER} ${ORDER_DB_PASSWORD}" \
             "payment ${PAYMENT_DB_USER} ${PAYMENT_DB_PASSWORD}"; do
    read -r schema user password <<<"$entry"
    sql <<SQL
CREATE DATABASE IF NOT EXISTS \`${schema}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS '${user}'@'%' IDENTIFIED BY '${password}';
GRANT ALL PRIVILEGES ON \`${schema}\`.* TO '${user}'@'%';
SQL
done
sql <<SQL
CREATE USER IF NOT EXISTS '${RELAY_DB_USER}'@'%' IDENTIFIED BY '${RELAY_DB_PASSWORD}';
GRANT SELECT, RELOAD, SHOW DATABASES, REPLICATION SLAVE, REPLICATION CLIENT, BINLOG MONITOR, LOCK TABLES ON *.* TO '${RELAY_DB_USER}'@'%';
FLUSH PRIVILEGES;
SQL
