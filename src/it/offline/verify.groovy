import groovy.json.JsonSlurper

// Offline: the external link is skipped (not fetched, not broken); the internal one is still checked.
def report = new JsonSlurper().parse(new File(basedir, 'target/hydra/report.json'), 'UTF-8')
def external = report.links.find { it.url == 'https://external.example.invalid/page' }
def internal = report.links.find { it.url == '/missing.html' }
assert external?.result == 'skipped' : "external link: ${external}"
assert internal?.result == 'broken' : "internal link: ${internal}"
return true
