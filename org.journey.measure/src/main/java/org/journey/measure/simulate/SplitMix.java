package org.journey.measure.simulate;

/**
 * SplitMix64, written out rather than taken from the JDK so that the same seed gives the same
 * numbers on every Java version: a simulated log must be byte for byte reproducible.
 */
final class SplitMix {

	private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

	private long state;

	SplitMix(long seed) {
		this.state = seed;
	}

	/** An independent stream for one customer of one journey, without generating the ones before it. */
	static SplitMix forCustomer(long seed, int journeyIndex, long customerIndex) {
		long mixed = mix(mix(seed) + GOLDEN_GAMMA * (journeyIndex + 1)) ^ mix(customerIndex * GOLDEN_GAMMA + 0x632BE59BD9B4E019L);
		return new SplitMix(mixed);
	}

	long nextLong() {
		state += GOLDEN_GAMMA;
		return mix(state);
	}

	/** Uniform in [0, 1). */
	double nextDouble() {
		return (nextLong() >>> 11) * 0x1.0p-53;
	}

	/** Uniform in [0, bound). */
	int nextInt(int bound) {
		return (int) Math.floorMod(nextLong(), (long) bound);
	}

	boolean chance(double probability) {
		return nextDouble() < probability;
	}

	/** Exponentially distributed with this mean: waiting times between independent steps. */
	double exponential(double mean) {
		return -mean * Math.log(1.0 - nextDouble());
	}

	private static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}
}
