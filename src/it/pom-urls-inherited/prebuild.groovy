// Starts a loopback server that answers /issues and /license (anything else is 404), writes its port into the POMs,
// and puts the parent that lies outside the reactor into the IT's local repository. verify.groovy stops the server.
import com.sun.net.httpserver.HttpServer

HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0)
server.createContext('/') { exchange ->
    boolean found = exchange.requestURI.path in ['/issues', '/license']
    byte[] body = (found ? 'here' : 'not found').getBytes('UTF-8')
    boolean head = exchange.requestMethod == 'HEAD'
    exchange.responseHeaders.add('Content-Type', 'text/plain; charset=utf-8')
    exchange.sendResponseHeaders(found ? 200 : 404, head ? -1 : body.length)
    if (!head) {
        exchange.responseBody.write(body)
    }
    exchange.close()
}
server.start()
System.properties.put('hydra.it.pom-urls.server', server)
// never outlive the IT run, even when verify.groovy does not run
Thread stopper = new Thread({ Thread.sleep(300_000); server.stop(0) } as Runnable)
stopper.daemon = true
stopper.start()

String port = String.valueOf(server.address.port)
['pom.xml', 'ext-parent/pom.xml'].each { name ->
    File pom = new File(basedir, name)
    pom.text = pom.getText('UTF-8').replace('HYDRA_IT_PORT', port)
}
File installed = new File(localRepositoryPath, 'dev/hydra/it/pom-urls-ext-parent/1.0')
installed.mkdirs()
new File(installed, 'pom-urls-ext-parent-1.0.pom').bytes = new File(basedir, 'ext-parent/pom.xml').bytes
return true
