// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

import "./ManagerDouble.sol";

/// @notice Test double of the Livepeer TicketBroker (chain.md §2, §10.4): same selectors, events, return
/// layouts and revert strings. It keeps the ETH itself (no Minter) and forwards ticket payouts with
/// their ETH to the BondingManager double, which credits the recipient's fees.
contract TicketBrokerDouble is ManagerDouble {
    // Upper bound for a canonical (low) s: half the secp256k1 group order.
    uint256 private constant MAX_LOW_S = 0x7FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF5D576E7357A4501DDFE92F46681B20A0;

    struct Ticket {
        address recipient;
        address sender;
        uint256 faceValue;
        uint256 winProb;
        uint256 senderNonce;
        bytes32 recipientRandHash;
        bytes auxData;
    }

    struct Sender {
        uint256 deposit;
        uint256 withdrawRound;
    }

    struct ReserveInfo {
        uint256 fundsRemaining;
        uint256 claimedInCurrentRound;
    }

    struct Reserve {
        uint256 funds;
        mapping(uint256 => uint256) claimedForRound;
        mapping(uint256 => mapping(address => uint256)) claimedByAddress;
    }

    event DepositFunded(address indexed sender, uint256 amount);
    event ReserveFunded(address indexed reserveHolder, uint256 amount);
    event ReserveClaimed(address indexed reserveHolder, address claimant, uint256 amount);
    event WinningTicketRedeemed(
        address indexed sender,
        address indexed recipient,
        uint256 faceValue,
        uint256 winProb,
        uint256 senderNonce,
        uint256 recipientRand,
        bytes auxData
    );
    event WinningTicketTransfer(address indexed sender, address indexed recipient, uint256 amount);
    event Unlock(address indexed sender, uint256 startRound, uint256 endRound);
    event UnlockCancelled(address indexed sender);
    event Withdrawal(address indexed sender, uint256 deposit, uint256 reserve);

    mapping(address => Sender) private senders;
    mapping(address => Reserve) private reserves;
    mapping(bytes32 => bool) public usedTickets;
    uint256 public unlockPeriod;
    uint256 public ticketValidityPeriod;

    constructor(address controllerAddress, uint256 initialUnlockPeriod, uint256 initialTicketValidityPeriod)
        ManagerDouble(controllerAddress)
    {
        require(initialTicketValidityPeriod > 0, "ticketValidityPeriod must be greater than 0");
        unlockPeriod = initialUnlockPeriod;
        ticketValidityPeriod = initialTicketValidityPeriod;
    }

    modifier currentRoundInitialized() {
        require(roundsManager().currentRoundInitialized(), "current round is not initialized");
        _;
    }

    function targetContractId() external pure override returns (bytes32) {
        return keccak256("TicketBrokerTarget");
    }

    // ---- funding (chain.md §2.4) ----

    function fundDeposit() external payable whenSystemNotPaused {
        cancelOwnUnlock(msg.sender);
        senders[msg.sender].deposit += msg.value;
        emit DepositFunded(msg.sender, msg.value);
    }

    function fundReserve() external payable whenSystemNotPaused {
        cancelOwnUnlock(msg.sender);
        reserves[msg.sender].funds += msg.value;
        emit ReserveFunded(msg.sender, msg.value);
    }

    function fundDepositAndReserve(uint256 depositAmount, uint256 reserveAmount) external payable {
        fundDepositAndReserveFor(msg.sender, depositAmount, reserveAmount);
    }

    /// @notice Log order as on mainnet: [UnlockCancelled], ReserveFunded, DepositFunded.
    function fundDepositAndReserveFor(address addr, uint256 depositAmount, uint256 reserveAmount)
        public
        payable
        whenSystemNotPaused
    {
        require(
            msg.value == depositAmount + reserveAmount,
            "msg.value does not equal sum of deposit amount and reserve amount"
        );
        cancelOwnUnlock(addr);
        reserves[addr].funds += reserveAmount;
        emit ReserveFunded(addr, reserveAmount);
        senders[addr].deposit += depositAmount;
        emit DepositFunded(addr, depositAmount);
    }

    // ---- views (chain.md §2.5, §2.10) ----

    function getSenderInfo(address sender) external view returns (Sender memory, ReserveInfo memory) {
        return (senders[sender], reserveInfoOf(sender));
    }

    function getReserveInfo(address reserveHolder) external view returns (ReserveInfo memory) {
        return reserveInfoOf(reserveHolder);
    }

    function claimableReserve(address reserveHolder, address claimant) public view returns (uint256) {
        return claimableAt(reserveHolder, claimant, roundsManager().currentRound());
    }

    function claimedReserve(address reserveHolder, address claimant) external view returns (uint256) {
        return reserves[reserveHolder].claimedByAddress[roundsManager().currentRound()][claimant];
    }

    function isUnlockInProgress(address sender) public view returns (bool) {
        return senders[sender].withdrawRound > 0;
    }

    /// @notice keccak256 of the packed ticket (chain.md §2.8).
    function getTicketHash(Ticket memory ticket) public pure returns (bytes32) {
        return keccak256(
            abi.encodePacked(
                ticket.recipient,
                ticket.sender,
                ticket.faceValue,
                ticket.winProb,
                ticket.senderNonce,
                ticket.recipientRandHash,
                ticket.auxData
            )
        );
    }

    // ---- redemption (chain.md §2.7, §2.10, §2.11) ----

    function redeemWinningTicket(Ticket memory ticket, bytes memory sig, uint256 recipientRand)
        public
        whenSystemNotPaused
        currentRoundInitialized
    {
        bytes32 ticketHash = getTicketHash(ticket);
        requireValidTicket(ticket, ticketHash, sig, recipientRand);

        Sender storage sender = senders[ticket.sender];
        require(isLocked(sender), "sender is unlocked");
        require(sender.deposit > 0 || reserves[ticket.sender].funds > 0, "sender deposit and reserve are zero");

        usedTickets[ticketHash] = true;

        uint256 amount = payOut(ticket, sender);
        if (amount > 0) {
            bondingManager().updateTranscoderWithFees{value: amount}(ticket.recipient, amount, creationRoundOf(ticket.auxData));
            emit WinningTicketTransfer(ticket.sender, ticket.recipient, amount);
        }
        emit WinningTicketRedeemed(
            ticket.sender,
            ticket.recipient,
            ticket.faceValue,
            ticket.winProb,
            ticket.senderNonce,
            recipientRand,
            ticket.auxData
        );
    }

    /// @notice Redeems each ticket through a self-call and ignores the ones that fail; only the
    /// WinningTicketRedeemed logs tell which succeeded. Short sig/rand arrays revert (Panic 0x32).
    function batchRedeemWinningTickets(Ticket[] memory tickets, bytes[] memory sigs, uint256[] memory recipientRands)
        external
        whenSystemNotPaused
        currentRoundInitialized
    {
        for (uint256 i = 0; i < tickets.length; i++) {
            (bool redeemed, ) = address(this).call(
                abi.encodeWithSelector(this.redeemWinningTicket.selector, tickets[i], sigs[i], recipientRands[i])
            );
            redeemed; // a failed ticket must not fail the batch
        }
    }

    // ---- unlock and withdrawal (chain.md §2.6) ----

    function unlock() external whenSystemNotPaused {
        require(hasFunds(msg.sender), "sender deposit and reserve are zero");
        require(!isUnlockInProgress(msg.sender), "unlock already initiated");
        uint256 round = roundsManager().currentRound();
        uint256 withdrawRound = round + unlockPeriod;
        senders[msg.sender].withdrawRound = withdrawRound;
        emit Unlock(msg.sender, round, withdrawRound);
    }

    function cancelUnlock() external whenSystemNotPaused {
        require(isUnlockInProgress(msg.sender), "no unlock request in progress");
        senders[msg.sender].withdrawRound = 0;
        emit UnlockCancelled(msg.sender);
    }

    /// @notice Pays out deposit and reserve; withdrawRound stays set until the sender funds again or cancels.
    function withdraw() external whenSystemNotPaused {
        require(hasFunds(msg.sender), "sender deposit and reserve are zero");
        require(isUnlockInProgress(msg.sender), "no unlock request in progress");
        Sender storage sender = senders[msg.sender];
        require(!isLocked(sender), "account is locked");
        uint256 deposit = sender.deposit;
        uint256 reserve = reserves[msg.sender].funds;
        sender.deposit = 0;
        reserves[msg.sender].funds = 0;
        (bool sent, ) = payable(msg.sender).call{value: deposit + reserve}("");
        require(sent, "withdrawal transfer failed");
        emit Withdrawal(msg.sender, deposit, reserve);
    }

    // ---- owner parameters ----

    function setUnlockPeriod(uint256 rounds) external onlyControllerOwner {
        unlockPeriod = rounds;
        emit ParameterUpdate("unlockPeriod");
    }

    function setTicketValidityPeriod(uint256 rounds) external onlyControllerOwner {
        require(rounds > 0, "ticketValidityPeriod must be greater than 0");
        ticketValidityPeriod = rounds;
        emit ParameterUpdate("ticketValidityPeriod");
    }

    // ---- internals ----

    /// @dev Checks 4–10 of chain.md §2.7, in order.
    function requireValidTicket(Ticket memory ticket, bytes32 ticketHash, bytes memory sig, uint256 recipientRand)
        private
        view
    {
        require(ticket.recipient != address(0), "ticket recipient is null address");
        require(ticket.sender != address(0), "ticket sender is null address");
        requireValidAuxData(ticket.auxData);
        require(
            keccak256(abi.encodePacked(recipientRand)) == ticket.recipientRandHash,
            "recipientRand does not match recipientRandHash"
        );
        require(!usedTickets[ticketHash], "ticket is used");
        require(recoverTicketSigner(ticketHash, sig) == ticket.sender, "invalid signature over ticket hash");
        require(uint256(keccak256(abi.encodePacked(sig, recipientRand))) < ticket.winProb, "ticket did not win");
    }

    function requireValidAuxData(bytes memory auxData) private view {
        require(auxData.length == 64, "invalid length for ticket auxData: must be 64 bytes");
        uint256 creationRound;
        bytes32 creationRoundBlockHash;
        assembly {
            creationRound := mload(add(auxData, 32))
            creationRoundBlockHash := mload(add(auxData, 64))
        }
        IRoundsManagerDouble rounds = roundsManager();
        bytes32 roundHash = rounds.blockHashForRound(creationRound);
        require(roundHash != bytes32(0), "ticket creationRound does not have a block hash");
        require(roundHash == creationRoundBlockHash, "ticket creationRoundBlockHash invalid for creationRound");
        require(creationRound + ticketValidityPeriod > rounds.currentRound(), "ticket is expired");
    }

    /// @dev EIP-191 personal-message recovery with the OpenZeppelin 4.x rules and messages
    /// (65-byte r‖s‖v, s checked before v, zero signer rejected).
    function recoverTicketSigner(bytes32 ticketHash, bytes memory sig) private pure returns (address) {
        require(sig.length == 65, "INVALID_SIGNATURE_LENGTH");
        bytes32 r;
        bytes32 s;
        uint8 v;
        assembly {
            r := mload(add(sig, 32))
            s := mload(add(sig, 64))
            v := byte(0, mload(add(sig, 96)))
        }
        require(uint256(s) <= MAX_LOW_S, "ECDSA: invalid signature 's' value");
        require(v == 27 || v == 28, "ECDSA: invalid signature 'v' value");
        bytes32 digest = keccak256(abi.encodePacked("\x19Ethereum Signed Message:\n32", ticketHash));
        address signer = ecrecover(digest, v, r, s);
        require(signer != address(0), "ECDSA: invalid signature");
        return signer;
    }

    /// @dev Takes the payout from the deposit, and what the deposit cannot cover from the recipient's
    /// share of the reserve for the current round (chain.md §2.10).
    function payOut(Ticket memory ticket, Sender storage sender) private returns (uint256) {
        uint256 deposit = sender.deposit;
        if (ticket.faceValue <= deposit) {
            sender.deposit = deposit - ticket.faceValue;
            return ticket.faceValue;
        }
        sender.deposit = 0;
        return deposit + claimFromReserve(ticket.sender, ticket.recipient, ticket.faceValue - deposit);
    }

    function claimFromReserve(address reserveHolder, address claimant, uint256 wanted) private returns (uint256) {
        uint256 round = roundsManager().currentRound();
        uint256 claimable = claimableAt(reserveHolder, claimant, round);
        uint256 claimed = wanted < claimable ? wanted : claimable;
        if (claimed == 0) {
            return 0;
        }
        Reserve storage reserve = reserves[reserveHolder];
        reserve.claimedForRound[round] += claimed;
        reserve.claimedByAddress[round][claimant] += claimed;
        reserve.funds -= claimed;
        emit ReserveClaimed(reserveHolder, claimant, claimed);
        return claimed;
    }

    /// @dev Each active transcoder's share is fixed for the round: (funds + claimed this round) / poolSize,
    /// less what this claimant already took. The subtraction is checked, as on mainnet.
    function claimableAt(address reserveHolder, address claimant, uint256 round) private view returns (uint256) {
        IBondingManagerDouble bonding = bondingManager();
        if (!bonding.isActiveTranscoder(claimant)) {
            return 0;
        }
        uint256 poolSize = bonding.getTranscoderPoolSize();
        if (poolSize == 0) {
            return 0;
        }
        Reserve storage reserve = reserves[reserveHolder];
        return (reserve.funds + reserve.claimedForRound[round]) / poolSize - reserve.claimedByAddress[round][claimant];
    }

    function reserveInfoOf(address reserveHolder) private view returns (ReserveInfo memory) {
        Reserve storage reserve = reserves[reserveHolder];
        return ReserveInfo(reserve.funds, reserve.claimedForRound[roundsManager().currentRound()]);
    }

    function hasFunds(address sender) private view returns (bool) {
        return senders[sender].deposit > 0 || reserves[sender].funds > 0;
    }

    /// @dev Locked while no unlock runs or the unlock period has not ended; tickets redeem only then.
    function isLocked(Sender storage sender) private view returns (bool) {
        return sender.withdrawRound == 0 || roundsManager().currentRound() < sender.withdrawRound;
    }

    /// @dev Funding one's own account cancels a running unlock; a third party's funding does not.
    function cancelOwnUnlock(address account) private {
        if (account == msg.sender && isUnlockInProgress(account)) {
            senders[account].withdrawRound = 0;
            emit UnlockCancelled(account);
        }
    }

    function creationRoundOf(bytes memory auxData) private pure returns (uint256 creationRound) {
        assembly {
            creationRound := mload(add(auxData, 32))
        }
    }
}
