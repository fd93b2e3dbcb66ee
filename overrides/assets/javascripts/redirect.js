// A moved page's old address (data/redirects.yml): go on to the new one, keeping the reader's
// #anchor and ?query, which the page's meta refresh would drop.
const target = document.getElementById("ldi-redirect");
if (target) location.replace(target.href + location.search + location.hash);
