// The one table of entity properties. Each row is
//
//   ECSPLAN_PROPERTY(Enumerator, "fileKey", label, "unit", kinds, minimum, maximum, Type, Use,
//                    field)
//
//   Enumerator  the name in enum class Property (properties.h); rows are in enum order
//   "fileKey"   the JSON key in .ecsplan files and the CLI: stable, never translated
//   label       English inspector label, QT_TRANSLATE_NOOP("ecsplan", ...) so lupdate finds it
//   "unit"      "GiB", "GB/month" ... or ""
//   kinds       the entity kinds that have it (k(EntityKind::...), Nodes, Compute, Placed ...,
//               defined in properties.cpp)
//   min, max    the accepted range of a number property; 0, 0 for every other type
//   Type        its PropertyType: how the QVariant holds it and how the file writes it
//   Use         its PropertyUse: Model (the engines read it), Display (only drawn: an edit is
//               presentation-only) or Annotation (free text for people: presentation-only,
//               and written to the file only when not empty, so older files stay unchanged)
//   field       the Entity member it reads and writes (e.compute.count)
//
// Adding a property is one row here plus its Entity field (entity.h): the enum, PropertyCount,
// propertyInfo(), propertyType(), propertyValue() and setPropertyValue() are generated from it,
// and the file format, the change commands and the inspector's generic fields follow. The
// compiler checks the row: the field must exist and hold the type's value, and properties.cpp
// static_asserts that a range is given exactly for Int and Double properties, that an
// Annotation is a String and that a key is unique among the kinds that have it. Rows are in
// inspector order; files store keys, never enum values, so the order may change. See
// CONTRIBUTING.md, "Adding a property".
//
// No include guard: included several times with different ECSPLAN_PROPERTY definitions.
// clang-format off
ECSPLAN_PROPERTY(Name, "name", QT_TRANSLATE_NOOP("ecsplan", "Name"), "", Everything, 0, 0, String, Display, name)
ECSPLAN_PROPERTY(Notes, "notes", QT_TRANSLATE_NOOP("ecsplan", "Notes"), "", Everything, 0, 0, String, Annotation, notes)
ECSPLAN_PROPERTY(Owner, "owner", QT_TRANSLATE_NOOP("ecsplan", "Owner"), "", Nodes, 0, 0, String, Annotation, owner)
ECSPLAN_PROPERTY(Parent, "parent", QT_TRANSLATE_NOOP("ecsplan", "Placed in"), "", Placed, 0, 0, Id, Model, parent)
ECSPLAN_PROPERTY(Geometry, "geometry", QT_TRANSLATE_NOOP("ecsplan", "Geometry"), "", Nodes, 0, 0, Rect, Display, geometry)
ECSPLAN_PROPERTY(Code, "code", QT_TRANSLATE_NOOP("ecsplan", "Region / zone id"), "", k(EntityKind::Region) | k(EntityKind::Zone), 0, 0, String, Model, code)
ECSPLAN_PROPERTY(Cidr, "cidr", QT_TRANSLATE_NOOP("ecsplan", "CIDR block"), "", k(EntityKind::Region) | k(EntityKind::Zone), 0, 0, String, Model, cidr)
ECSPLAN_PROPERTY(Zones, "zones", QT_TRANSLATE_NOOP("ecsplan", "Zones spanned"), "", k(EntityKind::ScalingGroup) | k(EntityKind::LoadBalancer), 0, 0, Ids, Model, zones)
ECSPLAN_PROPERTY(InstanceType, "instanceType", QT_TRANSLATE_NOOP("ecsplan", "Instance type"), "", Compute, 0, 0, String, Model, compute.instanceType)
ECSPLAN_PROPERTY(Count, "count", QT_TRANSLATE_NOOP("ecsplan", "Instances"), "", k(EntityKind::InstanceGroup), 1, 2000, Int, Model, compute.count)
ECSPLAN_PROPERTY(Billing, "billing", QT_TRANSLATE_NOOP("ecsplan", "Billing model"), "", Compute, 0, 0, Enum, Model, compute.billing)
ECSPLAN_PROPERTY(Image, "image", QT_TRANSLATE_NOOP("ecsplan", "Image"), "", Compute, 0, 0, String, Model, compute.image)
ECSPLAN_PROPERTY(SystemDiskCategory, "systemDiskCategory", QT_TRANSLATE_NOOP("ecsplan", "System disk category"), "", Compute, 0, 0, String, Model, compute.systemDiskCategory)
ECSPLAN_PROPERTY(SystemDiskLevel, "systemDiskLevel", QT_TRANSLATE_NOOP("ecsplan", "System disk level"), "", Compute, 0, 0, String, Model, compute.systemDiskLevel)
ECSPLAN_PROPERTY(SystemDiskGiB, "systemDiskGiB", QT_TRANSLATE_NOOP("ecsplan", "System disk size"), "GiB", Compute, 20, 2048, Int, Model, compute.systemDiskGiB)
ECSPLAN_PROPERTY(Role, "role", QT_TRANSLATE_NOOP("ecsplan", "Role"), "", Compute, 0, 0, String, Model, compute.role)
ECSPLAN_PROPERTY(Tags, "tags", QT_TRANSLATE_NOOP("ecsplan", "Workload tags"), "", Compute, 0, 0, StringList, Model, compute.tags)
ECSPLAN_PROPERTY(DrainHandler, "drainHandler", QT_TRANSLATE_NOOP("ecsplan", "Drain handler installed"), "", Compute, 0, 0, Bool, Model, compute.drainHandler)
ECSPLAN_PROPERTY(ReplicationFactor, "replicationFactor", QT_TRANSLATE_NOOP("ecsplan", "Data replication factor"), "", Compute, 1, 16, Int, Model, compute.replicationFactor)
ECSPLAN_PROPERTY(SecurityGroups, "securityGroups", QT_TRANSLATE_NOOP("ecsplan", "Security groups"), "", Compute, 0, 0, Ids, Model, compute.securityGroups)
ECSPLAN_PROPERTY(MinSize, "minSize", QT_TRANSLATE_NOOP("ecsplan", "Minimum size"), "", k(EntityKind::ScalingGroup), 0, 2000, Int, Model, compute.minSize)
ECSPLAN_PROPERTY(MaxSize, "maxSize", QT_TRANSLATE_NOOP("ecsplan", "Maximum size"), "", k(EntityKind::ScalingGroup), 0, 2000, Int, Model, compute.maxSize)
ECSPLAN_PROPERTY(DesiredSize, "desiredSize", QT_TRANSLATE_NOOP("ecsplan", "Desired size"), "", k(EntityKind::ScalingGroup), 0, 2000, Int, Model, compute.desiredSize)
ECSPLAN_PROPERTY(DiskCategory, "category", QT_TRANSLATE_NOOP("ecsplan", "Category"), "", k(EntityKind::Disk), 0, 0, String, Model, disk.category)
ECSPLAN_PROPERTY(DiskLevel, "performanceLevel", QT_TRANSLATE_NOOP("ecsplan", "Performance level"), "", k(EntityKind::Disk), 0, 0, String, Model, disk.level)
ECSPLAN_PROPERTY(DiskSizeGiB, "sizeGiB", QT_TRANSLATE_NOOP("ecsplan", "Size"), "GiB", k(EntityKind::Disk), 1, 65536, Int, Model, disk.sizeGiB)
ECSPLAN_PROPERTY(AttachedTo, "attachedTo", QT_TRANSLATE_NOOP("ecsplan", "Attached to"), "", k(EntityKind::Disk), 0, 0, Id, Model, disk.attachedTo)
ECSPLAN_PROPERTY(DeleteWithInstance, "deleteWithInstance", QT_TRANSLATE_NOOP("ecsplan", "Delete with instance"), "", k(EntityKind::Disk), 0, 0, Bool, Model, disk.deleteWithInstance)
ECSPLAN_PROPERTY(TargetIops, "targetIops", QT_TRANSLATE_NOOP("ecsplan", "IOPS target"), "IOPS", k(EntityKind::Disk), 0, 1000000, Int, Model, disk.targetIops)
ECSPLAN_PROPERTY(ProvisionedIops, "provisionedIops", QT_TRANSLATE_NOOP("ecsplan", "Provisioned IOPS"), "IOPS", k(EntityKind::Disk), 0, 50000, Int, Model, disk.provisionedIops)
ECSPLAN_PROPERTY(BurstingEnabled, "burstingEnabled", QT_TRANSLATE_NOOP("ecsplan", "Bursting enabled"), "", k(EntityKind::Disk), 0, 0, Bool, Model, disk.burstingEnabled)
ECSPLAN_PROPERTY(Encrypted, "encrypted", QT_TRANSLATE_NOOP("ecsplan", "Encrypted"), "", k(EntityKind::Disk), 0, 0, Bool, Model, disk.encrypted)
ECSPLAN_PROPERTY(CacheEngine, "engine", QT_TRANSLATE_NOOP("ecsplan", "Engine"), "", k(EntityKind::Cache), 0, 0, Enum, Model, cache.engine)
ECSPLAN_PROPERTY(CacheClass, "instanceClass", QT_TRANSLATE_NOOP("ecsplan", "Instance class"), "", k(EntityKind::Cache), 0, 0, String, Model, cache.instanceClass)
ECSPLAN_PROPERTY(CacheVersion, "engineVersion", QT_TRANSLATE_NOOP("ecsplan", "Engine version"), "", k(EntityKind::Cache), 0, 0, String, Model, cache.engineVersion)
ECSPLAN_PROPERTY(ReadReplicaOf, "readReplicaOf", QT_TRANSLATE_NOOP("ecsplan", "Read replica of"), "", k(EntityKind::Cache), 0, 0, Id, Model, cache.readReplicaOf)
ECSPLAN_PROPERTY(CacheBilling, "billing", QT_TRANSLATE_NOOP("ecsplan", "Billing model"), "", k(EntityKind::Cache), 0, 0, Enum, Model, cache.billing)
ECSPLAN_PROPERTY(CacheShards, "shards", QT_TRANSLATE_NOOP("ecsplan", "Shards (0: the class's)"), "", k(EntityKind::Cache), 0, 256, Int, Model, cache.shards)
ECSPLAN_PROPERTY(CacheReadReplicas, "readReplicas", QT_TRANSLATE_NOOP("ecsplan", "Read replicas per shard"), "", k(EntityKind::Cache), 0, 9, Int, Model, cache.readReplicas)
ECSPLAN_PROPERTY(LbKind, "lbKind", QT_TRANSLATE_NOOP("ecsplan", "Load balancer kind"), "", k(EntityKind::LoadBalancer), 0, 0, Enum, Model, loadBalancer.kind)
ECSPLAN_PROPERTY(LbAddressType, "addressType", QT_TRANSLATE_NOOP("ecsplan", "Address type"), "", k(EntityKind::LoadBalancer), 0, 0, Enum, Model, loadBalancer.addressType)
ECSPLAN_PROPERTY(LbEdition, "edition", QT_TRANSLATE_NOOP("ecsplan", "Edition"), "", k(EntityKind::LoadBalancer), 0, 0, String, Model, loadBalancer.edition)
ECSPLAN_PROPERTY(LbListenerPort, "listenerPort", QT_TRANSLATE_NOOP("ecsplan", "Listener port"), "", k(EntityKind::LoadBalancer), 1, 65535, Int, Model, loadBalancer.listenerPort)
ECSPLAN_PROPERTY(LbBackendPort, "backendPort", QT_TRANSLATE_NOOP("ecsplan", "Backend port"), "", k(EntityKind::LoadBalancer), 1, 65535, Int, Model, loadBalancer.backendPort)
ECSPLAN_PROPERTY(Rules, "rules", QT_TRANSLATE_NOOP("ecsplan", "Rules"), "", k(EntityKind::SecurityGroup), 0, 0, Rules, Model, rules)
ECSPLAN_PROPERTY(EndpointKind, "endpointKind", QT_TRANSLATE_NOOP("ecsplan", "Endpoint kind"), "", k(EntityKind::Endpoint), 0, 0, Enum, Model, endpoint.kind)
ECSPLAN_PROPERTY(EndpointLocation, "location", QT_TRANSLATE_NOOP("ecsplan", "Location"), "", k(EntityKind::Endpoint), 0, 0, String, Model, endpoint.location)
ECSPLAN_PROPERTY(LinkFrom, "from", QT_TRANSLATE_NOOP("ecsplan", "From"), "", k(EntityKind::Link), 0, 0, Id, Model, link.from)
ECSPLAN_PROPERTY(LinkTo, "to", QT_TRANSLATE_NOOP("ecsplan", "To"), "", k(EntityKind::Link), 0, 0, Id, Model, link.to)
ECSPLAN_PROPERTY(LinkGbPerMonth, "gbPerMonth", QT_TRANSLATE_NOOP("ecsplan", "Transfer"), "GB/month", k(EntityKind::Link), 0, Big, Double, Model, link.gbPerMonth)
ECSPLAN_PROPERTY(LinkRequestsPerSecond, "requestsPerSecond", QT_TRANSLATE_NOOP("ecsplan", "Requests"), "req/s", k(EntityKind::Link), 0, Big, Double, Model, link.requestsPerSecond)
ECSPLAN_PROPERTY(LinkReadFraction, "readFraction", QT_TRANSLATE_NOOP("ecsplan", "Read share"), "", k(EntityKind::Link), 0, 1, Double, Model, link.readFraction)
ECSPLAN_PROPERTY(LinkPath, "path", QT_TRANSLATE_NOOP("ecsplan", "Network path"), "", k(EntityKind::Link), 0, 0, Enum, Model, link.path)
ECSPLAN_PROPERTY(LinkInferred, "inferred", QT_TRANSLATE_NOOP("ecsplan", "Inferred by import"), "", k(EntityKind::Link), 0, 0, Bool, Display, link.inferred)
// clang-format on
