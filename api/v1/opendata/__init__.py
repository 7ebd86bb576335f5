"""Open data for third parties: bulk exports, the deletions feed and the DCAT-AP-SE catalogue."""
