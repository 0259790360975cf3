//! Feature hashing: every feature is a `u64` built from a template id and
//! the hashes of the values it combines, so extracting features allocates no
//! strings. The mixing is a 64-bit multiply–xorshift finaliser (MurmurHash3's
//! `fmix64`): fast, and good enough that distinct features rarely collide.

const K: u64 = 0x9E37_79B9_7F4A_7C15;

/// MurmurHash3's 64-bit finaliser.
#[inline]
pub fn fmix(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

/// Incremental hasher over a stream of `u32` units (chars or small ids).
#[derive(Clone, Copy)]
pub struct Hasher(u64);

impl Hasher {
    #[inline]
    pub fn new() -> Self {
        Hasher(0x243F_6A88_85A3_08D3)
    }
    #[inline]
    pub fn push(&mut self, x: u32) {
        self.0 = (self.0.rotate_left(5) ^ x as u64).wrapping_mul(K);
    }
    #[inline]
    pub fn finish(self) -> u64 {
        fmix(self.0)
    }
}

impl Default for Hasher {
    fn default() -> Self {
        Self::new()
    }
}

/// Hash of a string, char by char (so it agrees with [`Hasher`] fed chars).
pub fn hash_str(s: &str) -> u64 {
    let mut h = Hasher::new();
    for c in s.chars() {
        h.push(c as u32);
    }
    h.finish()
}

/// A feature from a template id and one value.
#[inline]
pub fn f1(t: u32, a: u64) -> u64 {
    fmix(a ^ (t as u64).wrapping_mul(K))
}

/// A feature from a template id and two values.
#[inline]
pub fn f2(t: u32, a: u64, b: u64) -> u64 {
    fmix(a ^ b.rotate_left(23).wrapping_mul(K2) ^ (t as u64).wrapping_mul(K))
}

/// A feature from a template id and three values.
#[inline]
pub fn f3(t: u32, a: u64, b: u64, c: u64) -> u64 {
    fmix(
        a ^ b.rotate_left(23).wrapping_mul(K2)
            ^ c.rotate_left(47).wrapping_mul(K3)
            ^ (t as u64).wrapping_mul(K),
    )
}

const K2: u64 = 0xC2B2_AE3D_27D4_EB4F;
const K3: u64 = 0x1656_67B1_9E37_79F9;

/// Small deterministic PRNG (xorshift64*) for shuffling and exploration in
/// training; we need reproducibility, not cryptographic quality.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(fmix(seed.wrapping_add(K)) | 1)
    }
    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    /// Uniform in `0..n` (n > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }
    pub fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = self.below(i + 1);
            v.swap(i, j);
        }
    }
}
