/// The FTAP guichet module (completed in the next milestone).
public enum FTAPGuichetModule {}
