# ipaddress: IPv4/IPv6 addresses (parsing, properties, arithmetic, packing), networks (hosts, subnets, supernet, overlaps, collapse, exclude), interfaces, summarize, errors.
import ipaddress as ip
a = ip.ip_address('192.168.1.10'); b = ip.ip_address('2001:db8::1')
print(a, repr(a), int(a), a.packed, a.version, a.is_private, a.is_global, a + 5, a - 10, a.reverse_pointer, ip.IPv4Address(3232235786), ip.ip_address(b'\x7f\x00\x00\x01'))
print(b, repr(b), b.exploded, b.compressed, b.is_global, b.is_private, b.reverse_pointer[:20], ip.ip_address('::ffff:1.2.3.4').ipv4_mapped, ip.ip_address('fe80::1%eth0').scope_id, ip.ip_address('::1').is_loopback)
for s in ['0.0.0.0', '127.0.0.1', '10.1.2.3', '169.254.1.1', '224.0.0.1', '255.255.255.255', '100.64.0.1', 'ff02::1', 'fc00::1', '::']:
    x = ip.ip_address(s); print(s, x.is_private, x.is_global, x.is_multicast, x.is_loopback, x.is_link_local, x.is_reserved, x.is_unspecified)
n = ip.ip_network('10.0.0.0/29')
print(n, n.num_addresses, n.netmask, n.hostmask, n.broadcast_address, list(n.hosts()), n.prefixlen, n.with_netmask, n.with_hostmask, n[3], n[-1], ip.ip_address('10.0.0.5') in n)
print(list(n.subnets(prefixlen_diff=1)), n.supernet(new_prefix=24), n.overlaps(ip.ip_network('10.0.0.4/30')), n.subnet_of(ip.ip_network('10.0.0.0/8')), list(ip.ip_network('10.0.0.0/30').exclude_address_range if False else ip.ip_network('10.0.0.0/28').address_exclude(ip.ip_network('10.0.0.4/30'))))
print(list(ip.collapse_addresses([ip.ip_network('192.0.2.0/25'), ip.ip_network('192.0.2.128/25'), ip.ip_network('192.0.3.0/24')])), list(ip.summarize_address_range(ip.IPv4Address('192.0.2.0'), ip.IPv4Address('192.0.2.130'))))
i = ip.ip_interface('192.168.0.5/24'); print(i, i.ip, i.network, i.with_prefixlen, i.with_netmask, ip.ip_interface('2001:db8::5/64').network)
print(ip.ip_network('2001:db8::/126').num_addresses, list(ip.ip_network('2001:db8::/126').hosts()), ip.ip_network('192.168.0.0/255.255.255.0'), ip.ip_network('1.2.3.4/24', strict=False), sorted([ip.ip_address('10.0.0.2'), ip.ip_address('10.0.0.1')]))
for bad in [lambda: ip.ip_address('256.1.1.1'), lambda: ip.ip_address('1.2.3'), lambda: ip.ip_address('01.2.3.4'), lambda: ip.ip_network('10.0.0.1/24'), lambda: ip.ip_network('10.0.0.0/33'),
            lambda: ip.ip_address('::g'), lambda: ip.ip_address(-1), lambda: ip.IPv4Address('1.2.3.4') < ip.IPv6Address('::1'), lambda: ip.ip_address('1.1.1.1') + 2**32, lambda: ip.ip_address('1:2:3:4:5:6:7:8:9')]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
print(hash(ip.ip_address('1.2.3.4')) == hash(ip.ip_address('1.2.3.4')), ip.v4_int_to_packed(1), ip.get_mixed_type_key(ip.ip_network('1.0.0.0/8')), format(a, 'b')[:12], format(a, '_x'), f'{b:X}')
