// Starts one loopback server that is both a forward proxy (requests with an absolute URI, which must carry
// the proxy credentials) and the origin for direct requests; records every request; writes the settings.xml
// for the build with its port. verify.groovy stops it.
import com.sun.net.httpserver.HttpServer

File log = new File(basedir, 'proxy-requests.txt')
log.text = ''
HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0)
int port = server.address.port
String expected = 'Basic ' + 'hydra-user:hydra-pass'.bytes.encodeBase64().toString()
server.createContext('/') { exchange ->
    URI uri = exchange.requestURI
    boolean proxied = uri.isAbsolute()
    synchronized (log) { log << "${proxied ? 'PROXY' : 'DIRECT'} ${exchange.requestMethod} ${uri}\n" }
    if (proxied && exchange.requestHeaders.getFirst('Proxy-Authorization') != expected) {
        exchange.responseHeaders.add('Proxy-Authenticate', 'Basic realm="it"')
        exchange.sendResponseHeaders(407, -1)
        exchange.close()
        return
    }
    String page = null
    if (proxied && uri.host == 'docs.example.test') {
        if (uri.path == '/') {
            page = '<html><body><a href="/about.html">about</a> <a href="/missing.html">gone</a> ' +
                    "<a href=\"http://127.0.0.1:${port}/direct.html\">direct</a></body></html>"
        } else if (uri.path == '/about.html') {
            page = '<html><body>about</body></html>'
        }
    } else if (!proxied && uri.path == '/direct.html') {
        page = '<html><body>direct</body></html>'
    }
    byte[] body = (page ?: 'not found').getBytes('UTF-8')
    exchange.responseHeaders.add('Content-Type', 'text/html; charset=utf-8')
    boolean head = exchange.requestMethod == 'HEAD'
    exchange.sendResponseHeaders(page ? 200 : 404, head ? -1 : body.length)
    if (!head) {
        exchange.responseBody.write(body)
    }
    exchange.close()
}
server.start()
System.properties.put('hydra.it.proxy.server', server)
// never outlive the IT run, even when verify.groovy does not run
Thread stopper = new Thread({ Thread.sleep(300_000); server.stop(0) } as Runnable)
stopper.daemon = true
stopper.start()

// Maven itself would send its downloads through this proxy too: resolve everything from the local repository of
// the Maven running the ITs instead (file: URLs never go through a proxy), as src/it/settings.xml does.
String repository = new File(System.getProperty('maven.repo.local')
        ?: new File(System.getProperty('user.home'), '.m2/repository').path).toURI().toString()
new File(basedir, 'proxy-settings.xml').text = """<settings>
  <mirrors>
    <mirror>
      <id>local.central</id>
      <mirrorOf>*</mirrorOf>
      <url>${repository}</url>
    </mirror>
  </mirrors>
  <proxies>
    <proxy>
      <id>it-proxy</id>
      <active>true</active>
      <protocol>http</protocol>
      <host>127.0.0.1</host>
      <port>${port}</port>
      <username>hydra-user</username>
      <password>hydra-pass</password>
      <nonProxyHosts>localhost|127.0.0.*</nonProxyHosts>
    </proxy>
  </proxies>
</settings>
"""
return true
