// Starts a server on 127.0.0.2 that records every request, and writes a README.md that links it in the spellings a
// browser reads as that address, plus localhost and [::1]. verify.groovy stops it.
import com.sun.net.httpserver.HttpServer

File log = new File(basedir, 'requests.txt')
log.text = ''
HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName('127.0.0.2'), 0), 0)
int port = server.address.port
server.createContext('/') { exchange ->
    synchronized (log) { log << "${exchange.requestMethod} ${exchange.requestURI}\n" }
    exchange.sendResponseHeaders(200, -1)
    exchange.close()
}
server.start()
System.properties.put('hydra.it.private.server', server)
// never outlive the IT run, even when verify.groovy does not run
Thread stopper = new Thread({ Thread.sleep(300_000); server.stop(0) } as Runnable)
stopper.daemon = true
stopper.start()

new File(basedir, 'README.md').text = """# A project

Run it, then open these:

- <http://127.0.0.2:${port}/dotted>
- <http://2130706434:${port}/decimal>
- <http://127.2:${port}/short>
- <http://[::ffff:127.0.0.2]:${port}/mapped>
- <http://localhost:${port}/name>
- <http://[::1]:${port}/ipv6>
"""
new File(basedir, 'port.txt').text = String.valueOf(port)
return true
