# --- hosting: the built site as deployed, through hosting/nginx.conf (hosting/README.md) ------
# make build-prod     a production build: refuses to run without a real feedback address
#                     (FEEDBACK_URL); every build writes the CSP, the redirect map and .gz copies
# make serve-prod     that, served by Debian's nginx at http://127.0.0.1:$(PROD_PORT)/
#   FEEDBACK_URL=mailto:redaktion@udgiver.dk make serve-prod
#   make serve-prod PROD_PORT=9000 SITE_URL=http://127.0.0.1:9000/ledelse/   (a sub-path)
# Needs Debian's nginx (apt-get install nginx); installs nothing itself.

PROD_PORT ?= 8080

.PHONY: build-prod serve-prod nginx-available

build-prod: export LDI_PRODUCTION := true
build-prod: build

nginx-available:
	@python3 hosting/nginxsite.py check-nginx

# The build's site_url (canonical URLs, 404 pages, sub-path) follows the address served.
serve-prod: export SITE_URL ?= http://127.0.0.1:$(PROD_PORT)/
# A loopback SITE_URL is refused in a production build unless it is this local preview.
serve-prod: export LDI_LOCAL_PREVIEW := true
serve-prod: nginx-available build-prod
	$(PY) hosting/nginxsite.py serve --site site --port $(PROD_PORT)
