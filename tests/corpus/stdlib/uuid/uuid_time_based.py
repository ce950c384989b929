# uuid1 through _uuid.generate_time_safe: printed as properties that do not depend on the clock or the host.
import _uuid
import uuid

print(_uuid.has_uuid_generate_time_safe, sorted(n for n in dir(_uuid) if not n.startswith('__')))
raw, safe = _uuid.generate_time_safe()
print(type(raw).__name__, len(raw), type(safe).__name__, safe in (-1, 0, 1))
u = uuid.UUID(bytes=raw)
print(u.version, u.variant)
a, b = uuid.uuid1(), uuid.uuid1()
print(a.version, a.variant, a != b, a.is_safe in (uuid.SafeUUID.safe, uuid.SafeUUID.unsafe, uuid.SafeUUID.unknown))
print(a.time <= b.time, len(str(a)), str(a).count('-'))
print(uuid.uuid1(node=0x123456789abc, clock_seq=0x1234).hex[-16:])
print(uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid5(uuid.NAMESPACE_URL, 'http://x/'))
print(uuid.UUID('12345678123456781234567812345678').urn, uuid.uuid4().version)
try:
    _uuid.generate_time_safe(1)
except TypeError as e:
    print('TypeError', e)
