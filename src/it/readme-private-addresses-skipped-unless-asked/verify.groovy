import groovy.json.JsonSlurper

// By default no link of the README reaches the server, each is skipped as private-address and the build passes;
// with -Dhydra.checkPrivateAddresses=true the four spellings of 127.0.0.2 are each requested.
try {
    String port = new File(basedir, 'port.txt').text.trim()
    List<String> spellings = ['127.0.0.2', '2130706434', '127.2', '[::ffff:127.0.0.2]']
    List<String> paths = ['dotted', 'decimal', 'short', 'mapped']
    List<String> urls = [spellings, paths].transpose().collect { host, path -> "http://${host}:${port}/${path}".toString() }
    List<String> local = ["http://localhost:${port}/name".toString(), "http://[::1]:${port}/ipv6".toString()]

    def byDefault = new JsonSlurper().parse(new File(basedir, 'target/default/report.json'), 'UTF-8')
    (urls + local).each { url ->
        def link = byDefault.links.find { it.url == url }
        assert link != null : "${url} not in report.json: ${byDefault.links*.url}"
        assert link.result == 'skipped' && link.kind == 'private-address' : "by default: ${link}"
    }
    assert byDefault.summary.skipped == 6

    def asked = new JsonSlurper().parse(new File(basedir, 'target/asked/report.json'), 'UTF-8')
    urls.each { url ->
        def link = asked.links.find { it.url == url }
        assert link?.result == 'ok' : "with checkPrivateAddresses: ${link}"
    }
    local.each { url ->
        def link = asked.links.find { it.url == url }
        assert link != null && link.kind != 'private-address' : "with checkPrivateAddresses: ${link}"
    }
    // each path once in all: the second build's; the first sent nothing
    List<String> requests = new File(basedir, 'requests.txt').readLines()
    paths.each { path ->
        assert requests.count { it.endsWith(" /${path}") } == 1 : "requests: ${requests}"
    }
    String log = new File(basedir, 'build.log').text
    assert log.contains('BUILD SUCCESS')
    return true
} finally {
    System.properties.remove('hydra.it.private.server')?.stop(0)
}
