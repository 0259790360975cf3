// The gazetteer's lookup structures, derived from a decoded payload.
//
// Shared by the crate and its build script (`include!`d there, so it uses
// only `std`): the build script computes them once at compile time for the
// embedded gazetteer, so loading it costs a copy instead of a scan and a
// hash of 450,000 names; a gazetteer opened from other bytes computes them
// at load.
//
// Structures: the line-start offsets of each section; an open-addressing
// hash table from folded name to name-index entry (exact lookups without a
// binary search); and a Bloom filter of every token prefix of every name
// ("san" and "san luis" for "san luis de la reina"), so that the longest-
// match scan in running text stops after one probe for most words.
//
// Serialised form (all little-endian u32): a header of 8 words (counts of
// countries, admins, places, regions, names, table slots, Bloom words, then
// the magic 0x5352495A), then the five offset arrays, then the table slots and the Bloom words, each u64
// as two u32 (low half first).

pub(crate) struct Index {
    pub countries: Vec<u32>,
    pub admins: Vec<u32>,
    pub places: Vec<u32>,
    pub regions: Vec<u32>,
    pub names: Vec<u32>,
    /// Slot = (hash fingerprint << 32) | (name-index entry + 1); 0 = empty.
    /// The fingerprint (high half of the hash) rejects most non-matching
    /// slots without touching the payload. Length is a power of two.
    pub table: Vec<u64>,
    pub prefixes: Vec<u64>,
}

pub(crate) const PREFIX_BITS: u64 = 1 << 22;
const INDEX_MAGIC: u32 = 0x5352_495A;

pub(crate) fn hash_key(seed: u64, s: &[u8]) -> u64 {
    let mut h = 0xcbf2_9ce4_8422_2325u64 ^ seed;
    for &b in s {
        h ^= b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^ (h >> 33)
}

pub(crate) fn bloom_probes(s: &[u8]) -> [u64; 3] {
    let h = hash_key(2, s);
    let (a, b) = (h & 0xffff_ffff, (h >> 32) | 1);
    [a % PREFIX_BITS, a.wrapping_add(b) % PREFIX_BITS, a.wrapping_add(b.wrapping_mul(2)) % PREFIX_BITS]
}

/// The first field of the line at `off`.
pub(crate) fn key_bytes(payload: &[u8], off: u32) -> &[u8] {
    let rest = payload.get(off as usize..).unwrap_or(&[]);
    let end = rest.iter().position(|&b| b == b'\t' || b == b'\n').unwrap_or(rest.len());
    &rest[..end]
}

pub(crate) fn build_index(payload: &str) -> Result<Index, String> {
    let bytes = payload.as_bytes();
    if bytes.len() > u32::MAX as usize {
        return Err("payload over 4 GiB".into());
    }
    let mut done: Vec<(u8, usize, Vec<u32>)> = Vec::with_capacity(5);
    let mut current: Option<(u8, usize, Vec<u32>)> = None;
    let mut pos = 0usize;
    while pos < bytes.len() {
        let end = bytes[pos..].iter().position(|&b| b == b'\n').map_or(bytes.len(), |e| pos + e);
        if bytes[pos] == b'#' {
            let header = &payload[pos + 1..end];
            let (kind, count) = header
                .split_once(' ')
                .and_then(|(k, c)| Some((*k.as_bytes().first()?, c.parse::<usize>().ok()?)))
                .ok_or_else(|| format!("bad section header {header:?}"))?;
            if let Some(c) = current.take() {
                done.push(c);
            }
            current = Some((kind, count, Vec::with_capacity(count)));
        } else if let Some((_, _, v)) = current.as_mut() {
            v.push(pos as u32);
        } else {
            return Err("data before the first section".into());
        }
        pos = end + 1;
    }
    if let Some(c) = current.take() {
        done.push(c);
    }
    let mut take = |k: u8| -> Result<Vec<u32>, String> {
        let i = done.iter().position(|d| d.0 == k).ok_or_else(|| format!("missing section #{}", k as char))?;
        let (_, count, v) = done.swap_remove(i);
        if count != v.len() {
            return Err(format!("section #{}: header count does not match its lines", k as char));
        }
        Ok(v)
    };
    let countries = take(b'C')?;
    let admins = take(b'A')?;
    let places = take(b'P')?;
    let regions = take(b'R')?;
    let names = take(b'N')?;

    let slots = (names.len() * 2).next_power_of_two().max(16);
    let mask = slots as u64 - 1;
    let mut table = vec![0u64; slots];
    let mut prefixes = vec![0u64; (PREFIX_BITS / 64) as usize];
    for (i, &off) in names.iter().enumerate() {
        let key = key_bytes(bytes, off);
        let h = hash_key(1, key);
        let mut s = h & mask;
        while table[s as usize] != 0 {
            s = (s + 1) & mask;
        }
        table[s as usize] = (h & 0xffff_ffff_0000_0000) | (i as u64 + 1);
        for (j, &b) in key.iter().enumerate() {
            if b == b' ' {
                for p in bloom_probes(&key[..j]) {
                    prefixes[(p / 64) as usize] |= 1 << (p % 64);
                }
            }
        }
    }
    Ok(Index { countries, admins, places, regions, names, table, prefixes })
}

#[cfg_attr(not(test), allow(dead_code))]
pub(crate) fn serialize_index(ix: &Index) -> Vec<u8> {
    let mut out = Vec::new();
    let mut put = |v: u32| out.extend_from_slice(&v.to_le_bytes());
    for n in [ix.countries.len(), ix.admins.len(), ix.places.len(), ix.regions.len(), ix.names.len(), ix.table.len(), ix.prefixes.len()] {
        put(n as u32);
    }
    put(INDEX_MAGIC);
    for v in ix.countries.iter().chain(&ix.admins).chain(&ix.places).chain(&ix.regions).chain(&ix.names) {
        put(*v);
    }
    for w in ix.table.iter().chain(&ix.prefixes) {
        put(*w as u32);
        put((*w >> 32) as u32);
    }
    out
}

pub(crate) fn deserialize_index(bytes: &[u8]) -> Result<Index, String> {
    // Each section is read from its own slice with an exact length, so every
    // vector is allocated once and filled in a tight loop (the old chained
    // iterator grew its vectors step by step; this is most of the
    // knowledge base's load time). A table word was written as two
    // little-endian halves, low first: that is its own little-endian form.
    let word = |i: usize| -> Option<u32> { bytes.get(i * 4..i * 4 + 4).map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]])) };
    let mut head = [0usize; 8];
    for (i, h) in head.iter_mut().enumerate() {
        *h = word(i).ok_or("index truncated")? as usize;
    }
    if head[7] != INDEX_MAGIC as usize {
        return Err("bad index magic".into());
    }
    let mut pos = 8 * 4;
    let mut section = |len: usize, width: usize| -> Result<&[u8], String> {
        let end = len.checked_mul(width).and_then(|n| n.checked_add(pos)).ok_or("index truncated")?;
        let slice = bytes.get(pos..end).ok_or("index truncated")?;
        pos = end;
        Ok(slice)
    };
    let u32s = |b: &[u8]| -> Vec<u32> { b.chunks_exact(4).map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]])).collect() };
    let u64s = |b: &[u8]| -> Vec<u64> {
        b.chunks_exact(8).map(|c| u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]])).collect()
    };
    let countries = u32s(section(head[0], 4)?);
    let admins = u32s(section(head[1], 4)?);
    let places = u32s(section(head[2], 4)?);
    let regions = u32s(section(head[3], 4)?);
    let names = u32s(section(head[4], 4)?);
    let table = u64s(section(head[5], 8)?);
    let prefixes = u64s(section(head[6], 8)?);
    Ok(Index { countries, admins, places, regions, names, table, prefixes })
}
