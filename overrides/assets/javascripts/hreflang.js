// Runs before Material's bundle. The bundle fetches "sitemap.xml" next to every
// <link rel="alternate"> to remap language links; our hreflang links point at pages, not
// edition roots, so that would only request missing files (cross-origin when the site is
// served away from site_url). The language selector already links each page to its twin,
// so take these links out of the bundle's view. Crawlers read them from the served HTML,
// and sitemap.xml lists the same alternates.
for (const link of document.querySelectorAll('link[rel="alternate"][hreflang]')) {
  link.rel = "alternate-language";
}
