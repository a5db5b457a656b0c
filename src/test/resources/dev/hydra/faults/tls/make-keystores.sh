#!/bin/sh
# Recreates the test keystores (password "changeit"). Run from this directory; the results are committed
# so that tests need no keytool at run time. Validity is 100 years except for the expired certificate.
set -e
rm -f *.p12 *.pem
P=changeit
KT="keytool -storetype PKCS12 -storepass $P -keypass $P -noprompt"
# a self-signed certificate for localhost and 127.0.0.1: what an internal test server typically has
$KT -genkeypair -keystore self-signed.p12 -alias server -keyalg RSA -keysize 2048 -validity 36500 \
    -dname "CN=localhost" -ext "SAN=dns:localhost,ip:127.0.0.1"
# a test CA, and certificates it signs: one expired, one for another host name
$KT -genkeypair -keystore ca.p12 -alias ca -keyalg RSA -keysize 2048 -validity 36500 \
    -dname "CN=Hydra Test CA" -ext "bc:c=ca:true"
$KT -exportcert -keystore ca.p12 -alias ca -rfc -file ca.pem
$KT -importcert -keystore trust.p12 -alias ca -file ca.pem
for name in expired wrong-host; do
  $KT -genkeypair -keystore $name.p12 -alias server -keyalg RSA -keysize 2048 -dname "CN=$name"
  $KT -certreq -keystore $name.p12 -alias server -file $name.csr
  if [ $name = expired ]; then
    $KT -gencert -keystore ca.p12 -alias ca -infile $name.csr -outfile $name.pem -rfc \
        -startdate 2020/01/01 -validity 30 -ext "SAN=dns:localhost,ip:127.0.0.1"
  else
    $KT -gencert -keystore ca.p12 -alias ca -infile $name.csr -outfile $name.pem -rfc \
        -validity 36500 -ext "SAN=dns:wrong.example.org"
  fi
  $KT -importcert -keystore $name.p12 -alias ca -file ca.pem
  $KT -importcert -keystore $name.p12 -alias server -file $name.pem
  rm -f $name.csr $name.pem
done
rm -f ca.pem ca.p12
