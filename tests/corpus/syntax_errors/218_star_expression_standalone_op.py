# double star at statement start
**a
