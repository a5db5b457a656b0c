import groovy.json.JsonSlurper

// Requests to the site went through the authenticating proxy; the nonProxyHosts address was reached directly.
try {
    def report = new JsonSlurper().parse(new File(basedir, 'target/hydra/report.json'), 'UTF-8')
    def verdict = { String url ->
        def link = report.links.find { it.url == url }
        assert link != null : "${url} not in report.json"
        link.result
    }
    String requests = new File(basedir, 'proxy-requests.txt').getText('UTF-8')
    assert verdict('http://docs.example.test/about.html') == 'ok'
    assert verdict('http://docs.example.test/missing.html') == 'broken'
    def direct = report.links.find { it.url.contains('/direct.html') }
    assert direct?.result == 'ok' : "direct link: ${direct}"
    assert requests.contains('PROXY GET http://docs.example.test/') : requests
    assert requests =~ /PROXY (GET|HEAD) http:\/\/docs\.example\.test\/about\.html/ : requests
    assert requests =~ /DIRECT (GET|HEAD) \/direct\.html/ : 'a nonProxyHosts address is reached directly: ' + requests
    assert !(requests =~ /PROXY \w+ http:\/\/127\.0\.0\.1/) : 'a nonProxyHosts address must not go through the proxy: ' + requests
    String log = new File(basedir, 'build.log').getText('UTF-8')
    assert log.contains("through proxy 127.0.0.1:") && log.contains("settings.xml proxy 'it-proxy'")
    return true
} finally {
    System.properties.remove('hydra.it.proxy.server')?.stop(0)
}
