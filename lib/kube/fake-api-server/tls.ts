// A throw-away certificate authority for the fake API server: it signs the server's certificate
// (127.0.0.1 and localhost) and any client certificates a test asks for. ECDSA P-256 keys,
// because generating them takes milliseconds where RSA takes a second.
import "./reflect-polyfill";
import { webcrypto } from "node:crypto";
import * as x509 from "@peculiar/x509";

x509.cryptoProvider.set(webcrypto as Crypto);

const ALGORITHM = { name: "ECDSA", namedCurve: "P-256", hash: "SHA-256" } as const;
const DAY_MS = 86_400_000;

export interface TKeyPairPem {
  certPem: string;
  keyPem: string;
}

export interface TCertificateAuthority extends TKeyPairPem {
  /** Signs a certificate for `subject`; `server` ones carry the loopback names. */
  issue(options: { commonName: string; organizations?: string[]; server?: boolean }): Promise<TKeyPairPem>;
}

async function generateKeys(): Promise<CryptoKeyPair> {
  return (await webcrypto.subtle.generateKey(ALGORITHM, true, ["sign", "verify"])) as CryptoKeyPair;
}

async function privateKeyPem(key: CryptoKey): Promise<string> {
  return x509.PemConverter.encode(await webcrypto.subtle.exportKey("pkcs8", key), "PRIVATE KEY");
}

function distinguishedName(commonName: string, organizations: string[] = []): string {
  const escape = (value: string) => value.replace(/([,+"\\<>;=])/g, "\\$1");
  return [`CN=${escape(commonName)}`, ...organizations.map((org) => `O=${escape(org)}`)].join(", ");
}

/** A new CA, valid from yesterday (clock skew) for ten days. */
export async function createCertificateAuthority(commonName = "ramparts-fake-ca"): Promise<TCertificateAuthority> {
  const keys = await generateKeys();
  const notBefore = new Date(Date.now() - DAY_MS);
  const notAfter = new Date(Date.now() + 10 * DAY_MS);
  const name = distinguishedName(commonName);
  const caCert = await x509.X509CertificateGenerator.createSelfSigned({
    name, keys, notBefore, notAfter, signingAlgorithm: ALGORITHM,
    extensions: [
      new x509.BasicConstraintsExtension(true, 0, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
    ],
  });

  async function issue(options: { commonName: string; organizations?: string[]; server?: boolean }): Promise<TKeyPairPem> {
    const leafKeys = await generateKeys();
    const cert = await x509.X509CertificateGenerator.create({
      subject: distinguishedName(options.commonName, options.organizations),
      issuer: caCert.subject,
      notBefore, notAfter, signingAlgorithm: ALGORITHM,
      publicKey: leafKeys.publicKey,
      signingKey: keys.privateKey,
      extensions: [
        new x509.BasicConstraintsExtension(false, undefined, true),
        new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.keyEncipherment, true),
        new x509.ExtendedKeyUsageExtension([options.server ? x509.ExtendedKeyUsage.serverAuth : x509.ExtendedKeyUsage.clientAuth]),
        await x509.AuthorityKeyIdentifierExtension.create(keys.publicKey),
        ...(options.server
          ? [new x509.SubjectAlternativeNameExtension([{ type: "ip", value: "127.0.0.1" }, { type: "dns", value: "localhost" }])]
          : []),
      ],
    });
    return { certPem: cert.toString("pem"), keyPem: await privateKeyPem(leafKeys.privateKey) };
  }

  return { certPem: caCert.toString("pem"), keyPem: await privateKeyPem(keys.privateKey), issue };
}
